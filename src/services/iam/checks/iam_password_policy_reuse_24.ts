import { definePasswordPolicyCheck } from '../password-policy.js';

export default definePasswordPolicyCheck({
  id: 'iam_password_policy_reuse_24',
  title: 'IAM password policy prevents reuse of the last 24 passwords',
  severity: 'medium',
  description:
    'Reads the account password policy and checks that users cannot set any of their previous passwords, remembering at least the configured number (24 by default).',
  risk: 'When old passwords can be reused, a password that leaked once stays valid after a reset, and forced rotation achieves nothing.',
  remediation: {
    text: 'Set password reuse prevention to 24 (the maximum IAM allows) in the account password policy.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24 --minimum-password-length 14',
  },
  params: { min_password_reuse_prevention: 24 },
  judge(policy, params) {
    const min = Number(params.min_password_reuse_prevention);
    const n = policy.reusePrevention ?? 0;
    if (n >= min) return { pass: true, message: `The password policy prevents reuse of the last ${n} passwords (minimum ${min}).` };
    return {
      pass: false,
      message:
        n === 0
          ? `The password policy does not prevent password reuse; at least the last ${min} passwords should be remembered.`
          : `The password policy prevents reuse of only the last ${n} passwords; at least ${min} are expected.`,
    };
  },
});
