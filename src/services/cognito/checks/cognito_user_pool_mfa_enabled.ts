import { defineCheck } from '../../../core/check.js';
import { userPoolMfa, userPools } from '../collectors.js';
import { runPoolFactCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_mfa_enabled",
  title: "Cognito user pools require MFA",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access"],
  description: "Checks with GetUserPoolMfaConfig that multi-factor authentication is required (ON) for every Cognito user pool; optional MFA leaves the choice to each user.",
  risk: "With MFA off or optional, one guessed, phished or reused password is enough to take over a user of the application.",
  remediation: {"text": "Set MFA to required and enable an authenticator-app (TOTP) factor, or at least SMS or e-mail codes.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html", "cli": "aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> --mfa-configuration ON --software-token-mfa-configuration Enabled=true", terraform: 'resource "aws_cognito_user_pool" "this" {\n  name              = "<pool-name>"\n  mfa_configuration = "ON"\n  software_token_mfa_configuration {\n    enabled = true\n  }\n}', nativeIaC: 'Resources:\n  UserPool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      MfaConfiguration: \'ON\'\n      EnabledMfas:\n        - SOFTWARE_TOKEN_MFA'},
  uses: [userPools, userPoolMfa],
  run(ctx) {
    runPoolFactCheck(ctx, userPoolMfa, (v, label) => {
      return v.mfaConfiguration === 'ON' ? [true, `${label} requires MFA.`] : [false, `${label} MFA is ${v.mfaConfiguration === 'OPTIONAL' ? 'optional' : 'off'}.`];
    });
  },
});
