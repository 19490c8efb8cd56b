import { defineCheck } from '../../../core/check.js';
import { credentialReport } from '../collectors.js';
import { daysSince, reportUsers, userResource, when } from '../credentials.js';

export default defineCheck({
  id: 'iam_user_console_access_unused',
  title: 'IAM user console passwords unused for 45 days or more are removed',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  description:
    'For every IAM user with a console password, checks that the password was used to sign in within the last max_console_access_days days (45 by default; CIS 1.2 and 1.3 use 90). A password never used counts from when it was set.',
  risk: 'Dormant console passwords belong to people who left or changed roles; nobody notices when an attacker starts using them.',
  remediation: {
    text: 'Delete the console password (login profile) of users who no longer sign in; recreate it if they need console access again.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    cli: 'aws iam delete-login-profile --user-name <user>',
  },
  uses: [credentialReport],
  params: { max_console_access_days: 45 },
  run(ctx) {
    const max = Number(ctx.params.max_console_access_days);
    for (const u of reportUsers(ctx) ?? []) {
      if (!u.passwordEnabled) continue;
      const user = userResource(ctx, u);
      if (u.passwordLastUsed) {
        if (daysSince(ctx.now, u.passwordLastUsed) >= max) {
          ctx.fail(user, `User ${u.user} has not signed in to the console for ${max} days or more (last sign-in ${when(ctx.now, u.passwordLastUsed)}).`);
        } else ctx.pass(user, `User ${u.user} signed in to the console within the last ${max} days (last sign-in ${when(ctx.now, u.passwordLastUsed)}).`);
        continue;
      }
      const since = u.passwordLastChanged ?? (u.userCreationTime || null);
      if (!since) {
        ctx.manual(user, `User ${u.user} has a console password that was never used, and the credential report gives no date for it; check when it was set.`);
        continue;
      }
      if (daysSince(ctx.now, since) >= max) ctx.fail(user, `User ${u.user} has a console password set ${when(ctx.now, since)} that has never been used.`);
      else ctx.pass(user, `User ${u.user} has a console password set ${when(ctx.now, since)}, not used yet but within ${max} days.`);
    }
  },
});
