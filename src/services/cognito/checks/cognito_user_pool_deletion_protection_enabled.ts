import { defineCheck } from '../../../core/check.js';
import { userPools } from '../collectors.js';
import { runPoolCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_deletion_protection_enabled",
  title: "Cognito user pools have deletion protection enabled",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["resilience"],
  description: "Checks that deletion protection is active on every Cognito user pool.",
  risk: "Deleting a user pool destroys every user, credential and configuration in it at once and cannot be undone; a mistaken or malicious call locks out all users of the application.",
  remediation: {"text": "Activate deletion protection on the pool.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html", "cli": "aws cognito-idp update-user-pool --user-pool-id <pool-id> --deletion-protection ACTIVE", terraform: 'resource "aws_cognito_user_pool" "this" {\n  name                = "<pool-name>"\n  deletion_protection = "ACTIVE"\n}', nativeIaC: 'Resources:\n  UserPool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      DeletionProtection: ACTIVE'},
  uses: [userPools],
  run(ctx) {
    runPoolCheck(ctx, (d, label) => {
      return d.deletionProtection === 'ACTIVE' ? [true, `${label} has deletion protection enabled.`] : [false, `${label} does not have deletion protection enabled.`];
    });
  },
});
