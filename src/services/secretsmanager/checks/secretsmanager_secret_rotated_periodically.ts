import { defineCheck } from '../../../core/check.js';
import { secrets } from '../collectors.js';
import { daysSince, runSecretCheck } from '../secret-checks.js';

export default defineCheck({
  id: 'secretsmanager_secret_rotated_periodically',
  title: 'Secrets Manager secrets have been rotated recently',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AwsSecretsManagerSecret',
  categories: ['secrets'],
  description:
    'Checks that every secret was rotated (or, if never rotated, created) within max_days_secret_unrotated days (90 by default), whether or not automatic rotation is configured: a configured rotation that keeps failing fails here too.',
  risk: 'Old secrets accumulate exposure: every copy made since the last change still works, and a failing rotation function can go unnoticed for months.',
  remediation: {
    text: 'Rotate the secret now and fix or configure its rotation so it happens on schedule; alarm on failed rotations.',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_turn-on-for-other.html',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret>',
    terraform:
      'resource "aws_secretsmanager_secret_rotation" "this" {\n  secret_id           = "<secret-arn>"\n  rotation_lambda_arn = "<rotation-function-arn>"\n  rotate_immediately  = true\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}',
    nativeIaC:
      'Resources:\n  Rotation:\n    Type: AWS::SecretsManager::RotationSchedule\n    Properties:\n      SecretId: <secret-arn>\n      RotationLambdaARN: <rotation-function-arn>\n      RotateImmediatelyOnUpdate: true\n      RotationRules:\n        AutomaticallyAfterDays: 30',
  },
  params: { max_days_secret_unrotated: 90 },
  uses: [secrets],
  run(ctx) {
    const max = Number(ctx.params.max_days_secret_unrotated);
    runSecretCheck(ctx, (s) => {
      const since = s.lastRotatedDate ?? s.createdDate;
      if (!since) return [false, `Secret ${s.name} has no rotation or creation date, so it cannot be shown to be rotated.`];
      const days = daysSince(since, ctx.now);
      const what = s.lastRotatedDate ? 'last rotated' : 'never rotated, created';
      return days <= max ? [true, `Secret ${s.name} was ${what} ${days} days ago.`] : [false, `Secret ${s.name} was ${what} ${days} days ago (more than ${max}).`];
    });
  },
});
