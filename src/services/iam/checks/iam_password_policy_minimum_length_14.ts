import { defineCheck } from '../../../core/check.js';
import { passwordPolicy } from '../collectors.js';

export default defineCheck({
  id: 'iam_password_policy_minimum_length_14',
  title: 'IAM password policy requires passwords of at least 14 characters',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  description:
    'Reads the account password policy and compares its minimum password length with the configured minimum (14 by default).',
  risk: 'Short console passwords fall quickly to guessing and credential-stuffing attacks against IAM users.',
  remediation: {
    text: 'Set a minimum password length of 14 or more in the account password policy.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14',
  },
  uses: [passwordPolicy],
  params: { min_password_length: 14 },
  run(ctx) {
    const account = ctx.accountResource();
    const policy = ctx.global(passwordPolicy);
    if (!policy.ok) return ctx.error(account, policy.error);
    const min = Number(ctx.params.min_password_length);
    if (!policy.data.exists) return ctx.fail(account, 'The account has no IAM password policy.');
    const len = policy.data.minimumLength ?? 0;
    if (len >= min) ctx.pass(account, `The password policy requires at least ${len} characters (minimum ${min}).`);
    else ctx.fail(account, `The password policy requires only ${len} characters; at least ${min} are expected.`);
  },
});
