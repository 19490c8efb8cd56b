import { defineCheck } from '../../../core/check.js';
import { userPoolClients, userPools } from '../collectors.js';
import { runClientCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_client_prevent_user_existence_errors",
  title: "Cognito app clients hide whether a user exists",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access"],
  description: "Checks that every app client of every Cognito user pool has PreventUserExistenceErrors enabled, so failed sign-ins and password resets do not reveal whether the user name exists.",
  risk: "Distinct errors for unknown users let an attacker enumerate valid user names and then target them with password guessing or phishing.",
  remediation: {"text": "Enable prevent-user-existence-errors on the app client.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html", "cli": "aws cognito-idp update-user-pool-client --user-pool-id <pool-id> --client-id <client-id> --prevent-user-existence-errors ENABLED", terraform: 'resource "aws_cognito_user_pool_client" "this" {\n  name                          = "<client-name>"\n  user_pool_id                  = "<user-pool-id>"\n  prevent_user_existence_errors = "ENABLED"\n}', nativeIaC: 'Resources:\n  AppClient:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: <user-pool-id>\n      PreventUserExistenceErrors: ENABLED'},
  uses: [userPools, userPoolClients],
  run(ctx) {
    runClientCheck(ctx, (c, label) => {
      return c.preventUserExistenceErrors === 'ENABLED' ? [true, `${label} hides whether a user exists.`] : [false, `${label} reveals whether a user exists (prevent user existence errors is ${c.preventUserExistenceErrors ?? 'not set'}).`];
    });
  },
});
