import { definePasswordPolicyCheck, requires } from '../password-policy.js';

export default definePasswordPolicyCheck({
  id: 'iam_password_policy_symbol',
  title: 'IAM password policy requires at least one symbol',
  severity: 'medium',
  description: 'Reads the account password policy and checks that IAM user passwords must include a non-alphanumeric character such as ! @ # or %.',
  risk: 'Letters-and-digits-only passwords follow predictable patterns that wordlist and rule-based cracking handles well.',
  remediation: {
    text: 'Turn on the symbol requirement in the account password policy (keep the other settings you already use).',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --require-symbols --minimum-password-length 14',
  },
  judge: requires('requireSymbols', 'symbol'),
});
