import { defineCheck } from '../../../core/check.js';
import { userPoolRisk, userPools } from '../collectors.js';
import { runPoolFactCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_blocks_compromised_credentials_sign_in_attempts",
  title: "Cognito user pools block sign-ins with compromised credentials",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access", "threat-detection"],
  description: "Checks that threat protection is enforced on every Cognito user pool and that its compromised-credentials response blocks sign-in events (DescribeRiskConfiguration).",
  risk: "Credentials leaked from other sites are tried against every login page; without blocking, a reused password lets the attacker straight in.",
  remediation: {"text": "Enforce threat protection and set the compromised-credentials response to Block for sign-in events.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html", "cli": "aws cognito-idp set-risk-configuration --user-pool-id <pool-id> --compromised-credentials-risk-configuration 'EventFilter=SIGN_IN,Actions={EventAction=BLOCK}'", terraform: 'resource "aws_cognito_risk_configuration" "this" {\n  user_pool_id = "<user-pool-id>"\n  compromised_credentials_risk_configuration {\n    event_filter = ["SIGN_IN"]\n    actions {\n      event_action = "BLOCK"\n    }\n  }\n}', nativeIaC: 'Resources:\n  RiskConfiguration:\n    Type: AWS::Cognito::UserPoolRiskConfigurationAttachment\n    Properties:\n      UserPoolId: <user-pool-id>\n      ClientId: ALL\n      CompromisedCredentialsRiskConfiguration:\n        EventFilter:\n          - SIGN_IN\n        Actions:\n          EventAction: BLOCK'},
  uses: [userPools, userPoolRisk],
  run(ctx) {
    runPoolFactCheck(ctx, userPoolRisk, (v, label, pool) => {
      if (pool.detail.ok && pool.detail.data.advancedSecurityMode !== 'ENFORCED') return [false, `${label} does not enforce threat protection, so compromised credentials are not blocked.`]; const events = v.compromisedCredentialsEvents; const signIn = events.length === 0 || events.includes('SIGN_IN'); return v.compromisedCredentialsAction === 'BLOCK' && signIn ? [true, `${label} blocks sign-ins that use compromised credentials.`] : [false, `${label} does not block sign-ins with compromised credentials (action ${v.compromisedCredentialsAction ?? 'not configured'}${signIn ? '' : ', sign-in events not covered'}).`];
    });
  },
});
