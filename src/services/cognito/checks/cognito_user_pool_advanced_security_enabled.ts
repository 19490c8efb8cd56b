import { defineCheck } from '../../../core/check.js';
import { userPools } from '../collectors.js';
import { runPoolCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_advanced_security_enabled",
  title: "Cognito user pools enforce threat protection (advanced security)",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access", "threat-detection"],
  description: "Checks that threat protection (advanced security features) of every Cognito user pool runs in ENFORCED mode; AUDIT only records risks and OFF does nothing.",
  risk: "Without enforced threat protection, sign-ins with leaked credentials, from suspicious locations or by bots are neither challenged nor blocked.",
  remediation: {"text": "Use the Plus feature plan and set threat protection to full-function (ENFORCED) mode, then configure the risk responses.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html", "cli": "aws cognito-idp update-user-pool --user-pool-id <pool-id> --user-pool-add-ons AdvancedSecurityMode=ENFORCED", terraform: 'resource "aws_cognito_user_pool" "this" {\n  name                = "<pool-name>"\n  user_pool_tier      = "PLUS"\n  user_pool_add_ons {\n    advanced_security_mode = "ENFORCED"\n  }\n}', nativeIaC: 'Resources:\n  UserPool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolAddOns:\n        AdvancedSecurityMode: ENFORCED'},
  uses: [userPools],
  run(ctx) {
    runPoolCheck(ctx, (d, label) => {
      const mode = d.advancedSecurityMode ?? 'OFF'; return mode === 'ENFORCED' ? [true, `${label} enforces threat protection.`] : [false, `${label} threat protection is ${mode === 'AUDIT' ? 'in audit-only mode' : 'off'}.`];
    });
  },
});
