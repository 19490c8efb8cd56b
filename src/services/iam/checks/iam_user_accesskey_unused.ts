import { defineCheck } from '../../../core/check.js';
import { credentialReport } from '../collectors.js';
import { activeKeys, daysSince, describeKey, reportUsers, userResource } from '../credentials.js';

export default defineCheck({
  id: 'iam_user_accesskey_unused',
  title: 'Active IAM user access keys unused for 45 days or more are disabled',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['secrets'],
  description:
    'For every IAM user with an active access key, checks in the credential report that each active key was used within the last max_unused_access_keys_days days (45 by default; CIS 1.2 and 1.3 use 90). A key never used counts from its creation.',
  risk: 'An active key nobody uses is pure exposure: it can still sign requests if it leaked, and its misuse stands out to no one.',
  remediation: {
    text: 'Deactivate access keys that have not been used within the period, confirm nothing breaks, then delete them.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive',
  },
  uses: [credentialReport],
  params: { max_unused_access_keys_days: 45 },
  run(ctx) {
    const max = Number(ctx.params.max_unused_access_keys_days);
    for (const u of reportUsers(ctx) ?? []) {
      const keys = activeKeys(u);
      if (keys.length === 0) continue;
      const user = userResource(ctx, u);
      const reference = (k: (typeof keys)[number]) => k.lastUsed ?? k.lastRotated;
      const stale = keys.filter((k) => reference(k) && daysSince(ctx.now, reference(k)!) >= max);
      if (stale.length > 0) {
        ctx.fail(user, `User ${u.user} has an active access key unused for ${max} days or more: ${stale.map((k) => describeKey(ctx.now, k)).join(', ')}.`);
      } else if (keys.some((k) => !reference(k))) {
        ctx.manual(user, `User ${u.user} has a never-used active access key with no creation date in the credential report; check it with aws iam list-access-keys.`);
      } else ctx.pass(user, `User ${u.user} has used every active access key within the last ${max} days, or created it since.`);
    }
  },
});
