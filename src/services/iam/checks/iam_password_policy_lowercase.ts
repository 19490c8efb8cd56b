import { definePasswordPolicyCheck, requires } from '../password-policy.js';

export default definePasswordPolicyCheck({
  id: 'iam_password_policy_lowercase',
  title: 'IAM password policy requires at least one lowercase letter',
  severity: 'low',
  description: 'Reads the account password policy and checks that IAM user passwords must include a lowercase letter (a-z).',
  risk: 'Passwords that need no lowercase letter may be drawn from a narrower alphabet, which shortens brute-force and dictionary attacks on console sign-in.',
  remediation: {
    text: 'Turn on the lowercase-letter requirement in the account password policy (keep the other settings you already use).',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --require-lowercase-characters --minimum-password-length 14',
  },
  judge: requires('requireLowercase', 'lowercase letter'),
});
