import { defineCheck } from '../../../core/check.js';
import { userPools } from '../collectors.js';
import { runPoolCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_self_registration_disabled",
  title: "Cognito user pools do not let anyone sign themselves up",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access"],
  description: "Checks that every Cognito user pool allows only administrators to create users (self sign-up disabled).",
  risk: "With self sign-up anyone on the internet can create a user, and any permission given to authenticated users (API access, identity-pool roles) is then open to them.",
  remediation: {"text": "Disable self-registration (allow only administrators to create users) unless the application is meant for public sign-up, and then keep authenticated-user permissions minimal.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html", "cli": "aws cognito-idp update-user-pool --user-pool-id <pool-id> --admin-create-user-config AllowAdminCreateUserOnly=true", terraform: 'resource "aws_cognito_user_pool" "this" {\n  name = "<pool-name>"\n  admin_create_user_config {\n    allow_admin_create_user_only = true\n  }\n}', nativeIaC: 'Resources:\n  UserPool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      AdminCreateUserConfig:\n        AllowAdminCreateUserOnly: true'},
  uses: [userPools],
  run(ctx) {
    runPoolCheck(ctx, (d, label) => {
      return d.allowAdminCreateUserOnly ? [true, `${label} lets only administrators create users.`] : [false, `${label} allows self sign-up: anyone can create a user.`];
    });
  },
});
