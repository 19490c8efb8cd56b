import { defineCheck } from '../../../core/check.js';
import { accountSummary, credentialReport } from '../collectors.js';
import { rootCredentials } from '../credentials.js';

export default defineCheck({
  id: 'iam_no_root_access_key',
  title: 'Root user has no active access keys',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsIamAccessKey',
  categories: ['identity-access'],
  description:
    "Checks that the root user has no active access keys, using the credential report's root row or, when the report has none, the account summary (which counts inactive keys too).",
  risk: 'A root access key gives unrestricted, MFA-free programmatic control of the whole account; if it leaks from a script, laptop or repository, nothing in IAM can limit it.',
  remediation: {
    text: 'Sign in as the root user, move any automation to IAM roles, then deactivate and delete the root access keys under Security credentials.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
    cli: 'aws iam get-account-summary --query SummaryMap.AccountAccessKeysPresent',
  },
  uses: [credentialReport, accountSummary],
  run(ctx) {
    const root = rootCredentials(ctx);
    if (!root) return;
    const account = ctx.accountResource();
    if (root.source === 'credential report') {
      const slots = root.activeKeySlots;
      if (slots.length === 0) return ctx.pass(account, 'The root user has no active access keys.');
      return ctx.fail(account, `The root user has ${slots.length === 2 ? 'two active access keys' : `an active access key (key ${slots[0]})`}.`);
    }
    if (!root.keysPresent) return ctx.pass(account, 'The root user has no access keys.');
    ctx.fail(account, 'The root user has at least one access key (the account summary does not say whether it is active).');
  },
});
