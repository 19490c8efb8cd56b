import { defineCheck } from '../../../core/check.js';
import { accountSummary, credentialReport } from '../collectors.js';
import { rootCredentials } from '../credentials.js';

export default defineCheck({
  id: 'iam_root_mfa_enabled',
  title: 'Root user has MFA enabled',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  description:
    "Checks that the account's root user has a multi-factor authentication device, using the credential report's root row or, when the report has none, the account summary.",
  risk: 'The root user can do anything in the account, including closing it and changing billing; protected only by a password, it falls to a single phished or reused password.',
  remediation: {
    text: 'Sign in as the root user and register an MFA device (a FIDO security key or authenticator app) under Security credentials.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    cli: 'aws iam get-account-summary --query SummaryMap.AccountMFAEnabled',
  },
  uses: [credentialReport, accountSummary],
  run(ctx) {
    const root = rootCredentials(ctx);
    if (!root) return;
    const account = ctx.accountResource();
    if (root.mfaActive) return ctx.pass(account, 'The root user has MFA enabled.');
    if (root.source === 'credential report' && root.noCredentials) {
      return ctx.manual(
        account,
        'The root user has no MFA, but also no password, access key or signing certificate; verify that centralized root access blocks password recovery for this account, or enable MFA.',
      );
    }
    ctx.fail(account, 'The root user does not have MFA enabled.');
  },
});
