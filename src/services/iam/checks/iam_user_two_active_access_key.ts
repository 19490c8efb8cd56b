import { defineCheck } from '../../../core/check.js';
import { credentialReport } from '../collectors.js';
import { activeKeys, reportUsers, userResource } from '../credentials.js';

export default defineCheck({
  id: 'iam_user_two_active_access_key',
  title: 'IAM users have at most one active access key',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['identity-access', 'secrets'],
  description:
    'For every IAM user with an active access key, checks in the credential report that only one of its two access key slots is active. Two active keys are expected only briefly, during a rotation.',
  risk: 'A second active key usually means a rotation that was never finished: the old key keeps working wherever it was copied, doubling what must be protected.',
  remediation: {
    text: 'Find which key is still in use (aws iam get-access-key-last-used), move every consumer to it, then deactivate and delete the other one.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <unused-key-id> --status Inactive',
  },
  uses: [credentialReport],
  run(ctx) {
    for (const u of reportUsers(ctx) ?? []) {
      const n = activeKeys(u).length;
      if (n === 0) continue;
      if (n === 2) ctx.fail(userResource(ctx, u), `User ${u.user} has two active access keys.`);
      else ctx.pass(userResource(ctx, u), `User ${u.user} has one active access key.`);
    }
  },
});
