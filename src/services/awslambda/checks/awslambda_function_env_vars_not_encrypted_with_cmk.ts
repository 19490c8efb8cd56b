import { defineCheck } from '../../../core/check.js';
import { functions } from '../collectors.js';
import { eachFunction } from '../helpers.js';

export default defineCheck({
  id: 'awslambda_function_env_vars_not_encrypted_with_cmk',
  title: 'Lambda function environment variables are encrypted with a customer managed KMS key',
  service: 'awslambda',
  severity: 'medium',
  resourceType: 'AwsLambdaFunction',
  categories: ['encryption'],
  description:
    'For each Lambda function that defines environment variables, reports whether they are encrypted at rest with a customer managed KMS key rather than the AWS managed key for Lambda. Functions without environment variables pass.',
  risk:
    'With the AWS managed key anyone allowed to read the function configuration can read the variables: there is no key policy to restrict who decrypts them, no way to revoke access by disabling the key, and no separate CloudTrail record of decryption.',
  remediation: {
    text: 'Create a customer managed KMS key whose key policy grants decryption only to the function role and the people who manage it, and set it as the function\'s KMS key. Keep secrets in Secrets Manager or Parameter Store rather than in variables.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html',
    cli: 'aws lambda update-function-configuration --function-name <function-name> --kms-key-arn <kms-key-arn>',
    terraform: 'resource "aws_lambda_function" "fn" {\n  # ...\n  kms_key_arn = aws_kms_key.lambda_env.arn\n}',
    nativeIaC:
      'Resources:\n  Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: <function-role-arn>\n      Code:\n        ZipFile: <code>\n      KmsKeyArn: <kms-key-arn>\n      Environment:\n        Variables:\n          STAGE: prod',
  },
  uses: [functions],
  run(ctx) {
    for (const { fn, resource } of eachFunction(ctx)) {
      const count = fn.envVarNames?.length ?? 0;
      if (!count) ctx.pass(resource, `Lambda function ${fn.name} has no environment variables.`);
      else if (fn.kmsKeyArn) ctx.pass(resource, `The environment variables of Lambda function ${fn.name} are encrypted with customer managed key ${fn.kmsKeyArn}.`);
      else ctx.fail(resource, `Lambda function ${fn.name} has ${count} environment variable${count > 1 ? 's' : ''} encrypted only with the AWS managed key.`);
    }
  },
});
