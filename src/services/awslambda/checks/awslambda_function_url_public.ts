import { defineCheck } from '../../../core/check.js';
import { functionPolicies, functions, functionUrls } from '../collectors.js';
import { entryFor, listedWith } from '../../../lib/resource-policy.js';
import { describeCallError } from '../../../aws/errors.js';
import { publicStatements } from '../../../lib/iam-policy/index.js';

export default defineCheck({
  id: 'awslambda_function_url_public',
  title: 'Lambda function URLs require IAM authentication',
  service: 'awslambda',
  severity: 'high',
  resourceType: 'AwsLambdaFunction',
  categories: ['internet-exposed'],
  description:
    'For every Lambda function with a function URL, reports whether the URL can be called without authentication: auth type NONE together with a resource policy that lets everyone invoke it. A URL with auth type NONE whose policy grants no public access answers 403 to everyone, and is reported as passing with that explanation. Functions without a URL are not reported.',
  risk:
    'An unauthenticated function URL is an internet endpoint anyone can call: they can run the function at will, drive up cost, and reach whatever its role and code reach.',
  remediation: {
    text: 'Set the function URL\'s auth type to AWS_IAM and grant lambda:InvokeFunctionUrl only to the principals that need it, or put the function behind API Gateway or CloudFront with authentication.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
    cli: 'aws lambda update-function-url-config --function-name <function-name> --auth-type AWS_IAM',
    terraform: 'resource "aws_lambda_function_url" "fn" {\n  # ...\n  authorization_type = "AWS_IAM"\n}',
    nativeIaC:
      'Resources:\n  FunctionUrl:\n    Type: AWS::Lambda::Url\n    Properties:\n      TargetFunctionArn: <function-arn>\n      AuthType: AWS_IAM',
  },
  uses: [functions, functionUrls, functionPolicies],
  run(ctx) {
    const policies = new Map(ctx.regional(functionPolicies).map(({ region, result }) => [region, result]));
    for (const { region, item: fn, entry } of listedWith(ctx, functions, functionUrls, 'Lambda functions')) {
      const resource = { arn: fn.arn, id: fn.name, name: fn.name, region };
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the function URL of Lambda function ${fn.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      if (!entry.data) continue;
      if (entry.data.authType !== 'NONE') {
        ctx.pass(resource, `The function URL of Lambda function ${fn.name} requires IAM authentication (${entry.data.authType}).`);
        continue;
      }
      const policy = entryFor(policies.get(region)!, fn.arn, functionPolicies.operation);
      if (!policy.ok) {
        ctx.error(resource, policy.error, `The function URL of Lambda function ${fn.name} has auth type NONE and its resource policy could not be read: ${describeCallError(policy.error)}.`);
        continue;
      }
      let open = false;
      if (policy.data) {
        try {
          open = publicStatements(JSON.parse(policy.data) as object, { accountId: ctx.account.accountId }).length > 0;
        } catch {
          ctx.error(resource, { kind: 'Failed', code: 'UnparseablePolicy', operation: functionPolicies.operation, message: 'the resource policy is not valid JSON' }, `Could not evaluate Lambda function ${fn.name}: its resource policy is not valid JSON.`);
          continue;
        }
      }
      if (open) ctx.fail(resource, `The function URL of Lambda function ${fn.name} has auth type NONE and its resource policy lets everyone invoke it: anyone on the internet can call it.`);
      else ctx.pass(resource, `The function URL of Lambda function ${fn.name} has auth type NONE, but no resource policy statement grants public access, so unauthenticated calls are refused.`);
    }
  },
});
