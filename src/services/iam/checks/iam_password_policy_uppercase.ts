import { definePasswordPolicyCheck, requires } from '../password-policy.js';

export default definePasswordPolicyCheck({
  id: 'iam_password_policy_uppercase',
  title: 'IAM password policy requires at least one uppercase letter',
  severity: 'medium',
  description: 'Reads the account password policy and checks that IAM user passwords must include an uppercase letter (A-Z).',
  risk: 'Without a required uppercase letter, users can choose passwords from a much smaller character set that guessing and cracking tools exhaust faster.',
  remediation: {
    text: 'Turn on the uppercase-letter requirement in the account password policy (keep the other settings you already use).',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --require-uppercase-characters --minimum-password-length 14',
  },
  judge: requires('requireUppercase', 'uppercase letter'),
});
