import { definePasswordPolicyCheck, requires } from '../password-policy.js';

export default definePasswordPolicyCheck({
  id: 'iam_password_policy_number',
  title: 'IAM password policy requires at least one number',
  severity: 'medium',
  description: 'Reads the account password policy and checks that IAM user passwords must include a digit (0-9).',
  risk: 'If digits are optional, users tend to pick plain words or names, which are the first candidates an attacker tries.',
  remediation: {
    text: 'Turn on the number requirement in the account password policy (keep the other settings you already use).',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --require-numbers --minimum-password-length 14',
  },
  judge: requires('requireNumbers', 'number'),
});
