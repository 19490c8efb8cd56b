import { defineCheck } from '../../../core/check.js';
import { secrets } from '../collectors.js';
import { runSecretCheck } from '../secret-checks.js';

export default defineCheck({
  id: 'secretsmanager_automatic_rotation_enabled',
  title: 'Secrets Manager secrets rotate automatically',
  service: 'secretsmanager',
  severity: 'high',
  resourceType: 'AwsSecretsManagerSecret',
  categories: ['secrets'],
  description: 'Checks that automatic rotation is configured on every Secrets Manager secret.',
  risk: 'A secret that never changes stays useful to whoever copied it from a log, a laptop or a former employee, for as long as the secret exists.',
  remediation: {
    text: 'Turn on rotation with a rotation function (managed rotation for RDS, Redshift and DocumentDB credentials) and a schedule that fits your policy.',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret> --rotation-lambda-arn <function-arn> --rotation-rules AutomaticallyAfterDays=30',
    terraform:
      'resource "aws_secretsmanager_secret_rotation" "this" {\n  secret_id           = "<secret-arn>"\n  rotation_lambda_arn = "<rotation-function-arn>"\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}',
    nativeIaC:
      'Resources:\n  Rotation:\n    Type: AWS::SecretsManager::RotationSchedule\n    Properties:\n      SecretId: <secret-arn>\n      RotationLambdaARN: <rotation-function-arn>\n      RotationRules:\n        AutomaticallyAfterDays: 30',
  },
  uses: [secrets],
  run(ctx) {
    runSecretCheck(ctx, (s) =>
      s.rotationEnabled
        ? [true, `Secret ${s.name} rotates automatically${s.rotationDays ? ` every ${s.rotationDays} days` : ''}.`]
        : [false, `Secret ${s.name} has no automatic rotation.`],
    );
  },
});
