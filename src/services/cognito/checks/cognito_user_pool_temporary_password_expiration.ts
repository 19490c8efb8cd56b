import { defineCheck } from '../../../core/check.js';
import { userPools } from '../collectors.js';
import { runPoolCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_temporary_password_expiration",
  title: "Cognito user pool temporary passwords expire within 7 days",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access"],
  description: "Checks that temporary passwords issued by administrators to new users of every Cognito user pool expire within the max_temporary_password_days parameter (7 days by default).",
  risk: "A temporary password sent by e-mail or SMS that stays valid for weeks is a standing credential that anyone who reads the message can use to claim the account.",
  remediation: {"text": "Set the pool's temporary password validity to 7 days or less.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html", "cli": "aws cognito-idp update-user-pool --user-pool-id <pool-id> --policies 'PasswordPolicy={TemporaryPasswordValidityDays=7,...}'", terraform: 'resource "aws_cognito_user_pool" "this" {\n  name = "<pool-name>"\n  password_policy {\n    minimum_length                   = 14\n    temporary_password_validity_days = 7\n  }\n}', nativeIaC: 'Resources:\n  UserPool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      Policies:\n        PasswordPolicy:\n          MinimumLength: 14\n          TemporaryPasswordValidityDays: 7'},
  params: { max_temporary_password_days: 7 },
  uses: [userPools],
  run(ctx) {
    runPoolCheck(ctx, (d, label) => {
      const max = Number(ctx.params.max_temporary_password_days); const days = d.passwordPolicy?.temporaryPasswordValidityDays; return days !== undefined && days <= max ? [true, `${label} temporary passwords expire after ${days} days.`] : [false, `${label} temporary passwords stay valid for ${days ?? 'an unset number of'} days (more than ${max}).`];
    });
  },
});
