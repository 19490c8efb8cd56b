import { defineCheck } from '../../../core/check.js';
import { functionPolicies, functions } from '../collectors.js';
import { judgePolicy, listedWith } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'awslambda_function_not_publicly_accessible',
  title: 'Lambda function resource policies do not allow public invocation or access',
  service: 'awslambda',
  severity: 'critical',
  resourceType: 'AwsLambdaFunction',
  categories: ['internet-exposed'],
  description:
    'Reads the resource-based policy of every Lambda function and flags functions whose policy allows any principal (Principal "*" or any AWS account) without a condition that ties the caller to this account, an organization, a source ARN or a network.',
  risk:
    'A function that anyone may invoke or manage can be run at will by outsiders: they can drive up cost, reach the data and services its execution role can reach, or, with management actions, replace its code.',
  remediation: {
    text: 'Remove the statements that grant access to everyone, or add conditions (aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID) so only the intended callers can invoke the function. For a public function URL, use AuthType AWS_IAM.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    cli: 'aws lambda remove-permission --function-name <function-name> --statement-id <statement-id>',
    terraform:
      'resource "aws_lambda_permission" "from_bucket" {\n  function_name  = "<function-name>"\n  action         = "lambda:InvokeFunction"\n  principal      = "s3.amazonaws.com"\n  source_account = "<account-id>"\n  source_arn     = "arn:aws:s3:::<bucket-name>"\n}',
    nativeIaC:
      'Resources:\n  InvokeFromBucket:\n    Type: AWS::Lambda::Permission\n    Properties:\n      FunctionName: <function-name>\n      Action: lambda:InvokeFunction\n      Principal: s3.amazonaws.com\n      SourceAccount: !Ref AWS::AccountId\n      SourceArn: arn:aws:s3:::<bucket-name>',
  },
  uses: [functions, functionPolicies],
  run(ctx) {
    for (const { region, item: fn, entry } of listedWith(ctx, functions, functionPolicies, 'Lambda functions')) {
      const resource = { arn: fn.arn, id: fn.name, name: fn.name, region };
      judgePolicy(ctx, { resource, label: `Lambda function ${fn.name}`, policyName: 'resource policy', operation: functionPolicies.operation }, entry);
    }
  },
});
