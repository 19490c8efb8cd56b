import { defineCheck } from '../../../core/check.js';
import { userPools } from '../collectors.js';
import { runPoolCheck, POOL_PASSWORD_POLICY_IAC } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_password_policy_minimum_length_14",
  title: "Cognito user pools require passwords of at least 14 characters",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access"],
  description: "Checks that the password policy of every Cognito user pool sets a minimum length of 14 characters or more (the threshold is the min_password_length parameter).",
  risk: "Short passwords fall quickly to brute force and offline cracking; length adds more strength than any character-class rule.",
  remediation: {"text": "Raise the pool's minimum password length to at least 14.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html", ...POOL_PASSWORD_POLICY_IAC},
  params: { min_password_length: 14 },
  uses: [userPools],
  run(ctx) {
    runPoolCheck(ctx, (d, label) => {
      const min = Number(ctx.params.min_password_length); const len = d.passwordPolicy?.minimumLength; return len !== undefined && len >= min ? [true, `${label} requires passwords of at least ${len} characters.`] : [false, `${label} requires passwords of only ${len ?? 'an unset number of'} characters (less than ${min}).`];
    });
  },
});
