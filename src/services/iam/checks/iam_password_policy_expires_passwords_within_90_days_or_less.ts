import { definePasswordPolicyCheck } from '../password-policy.js';

export default definePasswordPolicyCheck({
  id: 'iam_password_policy_expires_passwords_within_90_days_or_less',
  title: 'IAM password policy expires passwords within 90 days or less',
  severity: 'medium',
  description:
    'Reads the account password policy and checks that console passwords expire, with a maximum age no longer than the configured number of days (90 by default).',
  risk: 'Passwords that never expire stay usable indefinitely once phished, guessed or leaked, giving an attacker unlimited time to use them.',
  remediation: {
    text: 'Set a maximum password age of 90 days or less in the account password policy.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --max-password-age 90 --minimum-password-length 14',
  },
  params: { max_password_age_days: 90 },
  judge(policy, params) {
    const max = Number(params.max_password_age_days);
    const age = policy.maxPasswordAge ?? 0;
    if (age <= 0) return { pass: false, message: 'The password policy does not make passwords expire.' };
    if (age <= max) return { pass: true, message: `The password policy expires passwords after ${age} days (maximum ${max}).` };
    return { pass: false, message: `The password policy expires passwords only after ${age} days; ${max} days or less is expected.` };
  },
});
