import { defineCheck } from '../../../core/check.js';
import { functions, functionUrls } from '../collectors.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { describeCallError } from '../../../aws/errors.js';

export default defineCheck({
  id: 'awslambda_function_url_cors_policy',
  title: 'Lambda function URLs do not allow cross-origin requests from any website',
  service: 'awslambda',
  severity: 'medium',
  resourceType: 'AwsLambdaFunction',
  categories: ['internet-exposed'],
  description:
    'For every Lambda function with a function URL, reports whether its CORS configuration allows every origin ("*"). Functions without a URL are not reported.',
  risk:
    'A wildcard origin lets scripts on any website call the function from a visitor\'s browser and read the answers, which turns any page the visitor opens into a client of the function.',
  remediation: {
    text: 'List only the origins of your own web applications in the function URL\'s CORS AllowOrigins.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors',
    cli: 'aws lambda update-function-url-config --function-name <function-name> --cors AllowOrigins=https://app.example.com',
    terraform: 'resource "aws_lambda_function_url" "fn" {\n  # ...\n  cors {\n    allow_origins = ["https://app.example.com"]\n  }\n}',
    nativeIaC:
      'Resources:\n  FunctionUrl:\n    Type: AWS::Lambda::Url\n    Properties:\n      TargetFunctionArn: <function-arn>\n      AuthType: AWS_IAM\n      Cors:\n        AllowOrigins:\n          - https://<app.example.com>',
  },
  uses: [functions, functionUrls],
  run(ctx) {
    for (const { region, item: fn, entry } of listedWith(ctx, functions, functionUrls, 'Lambda functions')) {
      const resource = { arn: fn.arn, id: fn.name, name: fn.name, region };
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the function URL of Lambda function ${fn.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      if (!entry.data) continue;
      if (entry.data.allowOrigins.includes('*')) ctx.fail(resource, `The function URL of Lambda function ${fn.name} allows cross-origin requests from any origin.`);
      else ctx.pass(resource, `The function URL of Lambda function ${fn.name} allows cross-origin requests only from ${entry.data.allowOrigins.length ? entry.data.allowOrigins.join(', ') : 'no origin'}.`);
    }
  },
});
