import { defineCheck } from '../../../core/check.js';
import { userPoolRisk, userPools } from '../collectors.js';
import { runPoolFactCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_blocks_potential_malicious_sign_in_attempts",
  title: "Cognito user pools block risky sign-in attempts",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["threat-detection", "identity-access"],
  description: "Checks that threat protection is enforced on every Cognito user pool and that its adaptive-authentication (account takeover) response blocks sign-ins at low, medium and high risk.",
  risk: "Sign-ins from unusual devices, locations or automated tools are the signature of account takeover; allowing them lets an attacker with a valid password in.",
  remediation: {"text": "Enforce threat protection and set the account-takeover response to Block for every risk level.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html", terraform: 'resource "aws_cognito_risk_configuration" "this" {\n  user_pool_id = "<user-pool-id>"\n  account_takeover_risk_configuration {\n    notify_configuration {\n      source_arn = "<ses-identity-arn>"\n      from       = "<security@example.com>"\n    }\n    actions {\n      high_action {\n        event_action = "BLOCK"\n        notify       = true\n      }\n      medium_action {\n        event_action = "BLOCK"\n        notify       = true\n      }\n      low_action {\n        event_action = "BLOCK"\n        notify       = true\n      }\n    }\n  }\n}', nativeIaC: 'Resources:\n  RiskConfiguration:\n    Type: AWS::Cognito::UserPoolRiskConfigurationAttachment\n    Properties:\n      UserPoolId: <user-pool-id>\n      ClientId: ALL\n      AccountTakeoverRiskConfiguration:\n        Actions:\n          HighAction:\n            EventAction: BLOCK\n            Notify: true\n          MediumAction:\n            EventAction: BLOCK\n            Notify: true\n          LowAction:\n            EventAction: BLOCK\n            Notify: true\n        NotifyConfiguration:\n          SourceArn: <ses-identity-arn>\n          From: <security@example.com>'},
  uses: [userPools, userPoolRisk],
  run(ctx) {
    runPoolFactCheck(ctx, userPoolRisk, (v, label, pool) => {
      if (pool.detail.ok && pool.detail.data.advancedSecurityMode !== 'ENFORCED') return [false, `${label} does not enforce threat protection, so risky sign-ins are not blocked.`]; const a = v.accountTakeover ?? {}; const weak = (['low', 'medium', 'high'] as const).filter((l) => a[l] !== 'BLOCK'); return weak.length === 0 ? [true, `${label} blocks sign-ins at every risk level.`] : [false, `${label} does not block ${weak.join(', ')} risk sign-ins.`];
    });
  },
});
