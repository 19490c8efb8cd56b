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
  remediation: {"text": "Use the Plus feature plan and set threat protection to full-function (ENFORCED) mode, then configure the risk responses.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html", "cli": "aws cognito-idp update-user-pool --user-pool-id <pool-id> --user-pool-add-ons AdvancedSecurityMode=ENFORCED"},
  uses: [userPools],
  run(ctx) {
    runPoolCheck(ctx, (d, label) => {
      const mode = d.advancedSecurityMode ?? 'OFF'; return mode === 'ENFORCED' ? [true, `${label} enforces threat protection.`] : [false, `${label} threat protection is ${mode === 'AUDIT' ? 'in audit-only mode' : 'off'}.`];
    });
  },
});
