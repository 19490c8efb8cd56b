import { defineCheck } from '../../../core/check.js';
import { credentialReport } from '../collectors.js';
import { activeKeys, daysSince, reportUsers, userResource, when } from '../credentials.js';

export default defineCheck({
  id: 'iam_rotate_access_key_90_days',
  title: 'Active IAM user access keys are rotated every 90 days or less',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['secrets'],
  description:
    'For every IAM user with an active access key, checks in the credential report that each active key was created or rotated no more than max_access_key_age_days days ago (90 by default).',
  risk: 'Long-lived access keys pile up in scripts, CI variables and laptops; the older a key, the more places it may have leaked from and the longer a stolen copy keeps working.',
  remediation: {
    text: 'Create a new access key, switch its consumers to it, then deactivate and delete the old key; better, replace user keys with IAM roles or short-lived credentials.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
    cli: 'aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive',
  },
  uses: [credentialReport],
  params: { max_access_key_age_days: 90 },
  run(ctx) {
    const max = Number(ctx.params.max_access_key_age_days);
    for (const u of reportUsers(ctx) ?? []) {
      const keys = activeKeys(u);
      if (keys.length === 0) continue;
      const user = userResource(ctx, u);
      const old = keys.filter((k) => k.lastRotated && daysSince(ctx.now, k.lastRotated) > max);
      if (old.length > 0) {
        const list = old.map((k) => `access key ${k.slot} created ${when(ctx.now, k.lastRotated!)}`).join(', ');
        ctx.fail(user, `User ${u.user} has an active access key older than ${max} days: ${list}.`);
      } else if (keys.some((k) => !k.lastRotated)) {
        ctx.manual(user, `User ${u.user} has an active access key with no creation date in the credential report; check its age with aws iam list-access-keys.`);
      } else ctx.pass(user, `User ${u.user} has no active access key older than ${max} days.`);
    }
  },
});
