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
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  require_uppercase_characters   = true\n  minimum_password_length        = 14\n  require_lowercase_characters   = true\n  require_numbers                = true\n  require_symbols                = true\n  password_reuse_prevention      = 24\n  allow_users_to_change_password = true\n}',
  },
  judge: requires('requireUppercase', 'uppercase letter'),
});
