import { defineCheck } from '../../../core/check.js';
import { functions } from '../collectors.js';
import { eachFunction } from '../helpers.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';

export default defineCheck({
  id: 'awslambda_function_no_secrets_in_variables',
  title: 'Lambda function environment variables hold no secrets',
  service: 'awslambda',
  severity: 'critical',
  resourceType: 'AwsLambdaFunction',
  categories: ['secrets'],
  description:
    'Scans the environment variables of every Lambda function for credentials: cloud and SaaS provider keys and tokens, private keys, passwords in connection strings or URLs, values of variables named like passwords or secrets, and long random strings. Findings name the variable and the kind of secret, never the value; prowl keeps no variable values in its inventory. secrets_ignore_patterns (regular expressions) drops hits whose variable name or kind matches.',
  risk:
    'Environment variables are shown to anyone who can read the function configuration (lambda:GetFunctionConfiguration), copied into deployment tooling and logs, and are rarely rotated; a credential there can be lifted without touching the function.',
  remediation: {
    text: 'Move the secret to AWS Secrets Manager or SSM Parameter Store (SecureString), give the function role permission to read it, and fetch it at start-up (the Parameters and Secrets Lambda extension caches it). Rotate the exposed credential.',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
    cli: 'aws lambda update-function-configuration --function-name <function-name> --environment "Variables={SECRET_ARN=<secret-arn>}"',
    terraform:
      'resource "aws_lambda_function" "this" {\n  function_name = "<name>"\n  role          = "<role-allowed-to-read-the-secret>"\n  filename      = "<package.zip>"\n  environment {\n    variables = {\n      SECRET_ARN = "<secret-arn>"\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: <role-allowed-to-read-the-secret>\n      Code:\n        ZipFile: <code>\n      Environment:\n        Variables:\n          SECRET_ARN: <secret-arn>',
  },
  uses: [functions],
  params: { secrets_ignore_patterns: [] as string[] },
  run(ctx) {
    for (const { fn, resource } of eachFunction(ctx)) {
      const hits = withoutIgnored(fn.envSecrets ?? [], ctx.params.secrets_ignore_patterns);
      if (hits.length) ctx.fail(resource, `Lambda function ${fn.name} has secrets in its environment variables: ${describeHits(hits)}.`);
      else if (fn.envVarNames?.length) ctx.pass(resource, `No secrets found in the ${fn.envVarNames.length} environment variables of Lambda function ${fn.name}.`);
      else ctx.pass(resource, `Lambda function ${fn.name} has no environment variables.`);
    }
  },
});
