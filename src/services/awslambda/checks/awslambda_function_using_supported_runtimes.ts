import { defineCheck } from '../../../core/check.js';
import { functions } from '../collectors.js';
import { eachFunction } from '../helpers.js';

/**
 * Runtimes past their deprecation date in AWS's Lambda runtime schedule (checked December 2026).
 * Dated: override obsolete_lambda_runtimes in the config file as AWS deprecates more.
 */
const OBSOLETE = [
  'nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x', 'nodejs16.x', 'nodejs18.x', 'nodejs20.x',
  'python2.7', 'python3.6', 'python3.7', 'python3.8', 'python3.9',
  'ruby2.5', 'ruby2.7', 'ruby3.2',
  'java8',
  'go1.x', 'provided',
  'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1', 'dotnet5.0', 'dotnet6', 'dotnet7',
];

export default defineCheck({
  id: 'awslambda_function_using_supported_runtimes',
  title: 'Lambda functions use a runtime that AWS still supports',
  service: 'awslambda',
  severity: 'medium',
  resourceType: 'AwsLambdaFunction',
  categories: ['vulnerabilities'],
  description:
    'Compares the runtime of each zip-packaged Lambda function with the list of deprecated runtimes (obsolete_lambda_runtimes). Container-image functions bring their own runtime and are not reported.',
  risk:
    'A deprecated runtime no longer receives security patches from AWS, and after the deprecation dates functions can no longer be created or updated on it, which blocks urgent fixes.',
  remediation: {
    text: 'Move the function to a supported version of its language runtime, test it, and update the function configuration.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
    cli: 'aws lambda update-function-configuration --function-name <function-name> --runtime <supported-runtime>',
    terraform: 'resource "aws_lambda_function" "fn" {\n  # ...\n  runtime = "python3.13"\n}',
    nativeIaC:
      'Resources:\n  Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: <function-role-arn>\n      Code:\n        ZipFile: <code>\n      Handler: index.handler\n      Runtime: nodejs22.x',
  },
  uses: [functions],
  params: { obsolete_lambda_runtimes: OBSOLETE },
  run(ctx) {
    const obsolete = new Set(ctx.params.obsolete_lambda_runtimes);
    for (const { fn, resource } of eachFunction(ctx)) {
      if (!fn.runtime) continue;
      if (obsolete.has(fn.runtime)) ctx.fail(resource, `Lambda function ${fn.name} uses deprecated runtime ${fn.runtime}.`);
      else ctx.pass(resource, `Lambda function ${fn.name} uses runtime ${fn.runtime}, which is not deprecated.`);
    }
  },
});
