import { defineCheck } from '../../../core/check.js';
import { secrets } from '../collectors.js';
import { daysSince, runSecretCheck } from '../secret-checks.js';

export default defineCheck({
  id: 'secretsmanager_secret_unused',
  title: 'Secrets Manager secrets are in use',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AwsSecretsManagerSecret',
  categories: ['secrets'],
  description:
    'Flags secrets not read within max_days_secret_unused days (90 by default), per the last-accessed date Secrets Manager keeps; a secret never read fails once it is older than that.',
  risk: 'Unused secrets are forgotten credentials: they still open whatever they protect, nobody rotates them, and they cost money every month.',
  remediation: {
    text: 'Confirm nothing depends on the secret, revoke the credential it holds at its source, then delete the secret (with a recovery window).',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
    cli: 'aws secretsmanager delete-secret --secret-id <secret> --recovery-window-in-days 30',
  },
  params: { max_days_secret_unused: 90 },
  uses: [secrets],
  run(ctx) {
    const max = Number(ctx.params.max_days_secret_unused);
    runSecretCheck(ctx, (s) => {
      if (s.lastAccessedDate) {
        const days = daysSince(s.lastAccessedDate, ctx.now);
        return days <= max ? [true, `Secret ${s.name} was last read ${days} days ago.`] : [false, `Secret ${s.name} has not been read for ${days} days (more than ${max}).`];
      }
      const age = s.createdDate ? daysSince(s.createdDate, ctx.now) : undefined;
      return age !== undefined && age <= max
        ? [true, `Secret ${s.name} has not been read yet but was created only ${age} days ago.`]
        : [false, `Secret ${s.name} has never been read${age !== undefined ? ` in the ${age} days since it was created` : ''}.`];
    });
  },
});
