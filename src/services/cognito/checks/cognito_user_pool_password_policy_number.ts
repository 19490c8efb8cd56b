import { defineCheck } from '../../../core/check.js';
import { userPools } from '../collectors.js';
import { runPoolCheck, POOL_PASSWORD_POLICY_IAC } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_password_policy_number",
  title: "Cognito user pools require a number in passwords",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access"],
  description: "Checks that the password policy of every Cognito user pool requires at least one digit.",
  risk: "Passwords drawn from a smaller character set are faster to guess or crack, which helps credential stuffing and brute-force attacks against the pool's users.",
  remediation: {"text": "Turn on the number requirement in the pool's password policy.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html", ...POOL_PASSWORD_POLICY_IAC},
  uses: [userPools],
  run(ctx) {
    runPoolCheck(ctx, (d, label) => {
      const p = d.passwordPolicy; return p?.requireNumbers ? [true, `${label} requires a number in passwords.`] : [false, `${label} does not require a number in passwords.`];
    });
  },
});
