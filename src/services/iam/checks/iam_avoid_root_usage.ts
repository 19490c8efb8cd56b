import { defineCheck } from '../../../core/check.js';
import { credentialReport } from '../collectors.js';
import { NO_ROOT_ROW, daysSince, when } from '../credentials.js';

export default defineCheck({
  id: 'iam_avoid_root_usage',
  title: 'Root user has not been used recently',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  description:
    "Reads the root user's last password sign-in and last access-key use from the credential report and fails when any of them falls within the last max_root_use_days days (30 by default, so a scan run at least monthly sees every use; lower it to match a more frequent scan cadence).",
  risk: 'Routine use of the root user exposes unrestricted credentials that no IAM policy or permissions boundary can limit, and makes its sign-ins normal noise instead of an alert.',
  remediation: {
    text: 'Use IAM roles or IAM Identity Center users for daily administration, keep the root user for the few tasks that require it, and alert on every root sign-in.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    cli: 'aws iam generate-credential-report && aws iam get-credential-report --query Content --output text | base64 -d | grep "<root_account>"',
  },
  uses: [credentialReport],
  params: { max_root_use_days: 30 },
  run(ctx) {
    const account = ctx.accountResource();
    const report = ctx.global(credentialReport);
    if (!report.ok) return ctx.error(account, report.error);
    const root = report.data.root;
    if (!root) return ctx.error(account, NO_ROOT_ROW, 'Could not evaluate: iam:GetCredentialReport returned no row for the root user.');
    const max = Number(ctx.params.max_root_use_days);
    const uses = [
      { what: 'password', at: root.passwordLastUsed },
      { what: 'access key 1', at: root.accessKey1LastUsed },
      { what: 'access key 2', at: root.accessKey2LastUsed },
    ].filter((u): u is { what: string; at: string } => u.at !== null);
    const recent = uses.filter((u) => daysSince(ctx.now, u.at) < max);
    const list = (us: typeof uses) => us.map((u) => `${u.what} last used ${when(ctx.now, u.at)}`).join(', ');
    if (recent.length > 0) return ctx.fail(account, `The root user was used within the last ${max} days: ${list(recent)}.`);
    if (uses.length === 0) return ctx.pass(account, 'The credential report records no use of the root user password or access keys.');
    ctx.pass(account, `The root user has not been used in the last ${max} days (${list(uses)}).`);
  },
});
