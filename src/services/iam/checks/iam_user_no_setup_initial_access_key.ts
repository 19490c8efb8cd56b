import { defineCheck } from '../../../core/check.js';
import { credentialReport } from '../collectors.js';
import { activeKeys, describeKey, reportUsers, userResource } from '../credentials.js';

export default defineCheck({
  id: 'iam_user_no_setup_initial_access_key',
  title: 'Console users have no active access key that was never used',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['identity-access', 'secrets'],
  description:
    'For every IAM user with a console password, checks in the credential report that no active access key has gone unused, the sign of a key handed out by default when the user was set up.',
  risk: 'Keys issued "just in case" at onboarding are rarely tracked or rotated; they add a standing programmatic credential to people who only need the console.',
  remediation: {
    text: 'Delete access keys that were never used, and only create keys later for users who actually need programmatic access (prefer roles or IAM Identity Center).',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    cli: 'aws iam delete-access-key --user-name <user> --access-key-id <key-id>',
  },
  uses: [credentialReport],
  run(ctx) {
    for (const u of reportUsers(ctx) ?? []) {
      if (!u.passwordEnabled) continue;
      const user = userResource(ctx, u);
      const unused = activeKeys(u).filter((k) => !k.lastUsed);
      if (unused.length > 0) {
        ctx.fail(user, `User ${u.user} has a console password and an active access key that was never used: ${unused.map((k) => describeKey(ctx.now, k)).join(', ')}.`);
      } else ctx.pass(user, `User ${u.user} has a console password and no active access key that was never used.`);
    }
  },
});
