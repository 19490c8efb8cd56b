import { defineCheck } from '../../../core/check.js';

export default defineCheck({
  id: 'account_security_questions_are_registered_in_the_aws_account',
  title: 'Security challenge questions are configured for the root user',
  service: 'account',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description:
    'Security challenge questions help AWS Support verify the owner of an account that has lost access to its root user. No API exposes them, so this check always asks for a manual review.',
  risk:
    'If the root password and MFA device are lost and ownership cannot be proven, recovering the account can take a long time or fail, leaving resources and billing out of your control.',
  remediation: {
    text: 'Sign in as the root user, open the Account page and review the security challenge questions section; where AWS still offers them, set answers and store them in your password vault. Also keep the root email, phone and MFA recovery options current.',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-security-challenge.html',
  },
  uses: [],
  run(ctx) {
    ctx.manual(
      ctx.accountResource(),
      'Security challenge questions cannot be read through an API: sign in as the root user and check the Account page to confirm they are configured (or that other recovery options are current).',
    );
  },
});
