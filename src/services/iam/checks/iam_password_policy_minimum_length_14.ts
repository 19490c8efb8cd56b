import { definePasswordPolicyCheck } from '../password-policy.js';

export default definePasswordPolicyCheck({
  id: 'iam_password_policy_minimum_length_14',
  title: 'IAM password policy requires passwords of at least 14 characters',
  severity: 'medium',
  description:
    'Reads the account password policy and compares its minimum password length with the configured minimum (14 by default).',
  risk: 'Short console passwords fall quickly to guessing and credential-stuffing attacks against IAM users.',
  remediation: {
    text: 'Set a minimum password length of 14 or more in the account password policy.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14',
  },
  params: { min_password_length: 14 },
  judge(policy, params) {
    const min = Number(params.min_password_length);
    const len = policy.minimumLength ?? 0;
    if (len >= min) return { pass: true, message: `The password policy requires at least ${len} characters (minimum ${min}).` };
    return { pass: false, message: `The password policy requires only ${len} characters; at least ${min} are expected.` };
  },
});
