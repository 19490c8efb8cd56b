import { defineCheck } from '../../../core/check.js';
import { userPoolClients, userPools } from '../collectors.js';
import { runClientCheck } from '../pool-checks.js';

export default defineCheck({
  id: "cognito_user_pool_client_token_revocation_enabled",
  title: "Cognito app clients allow refresh token revocation",
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["identity-access"],
  description: "Checks that token revocation is enabled on every app client of every Cognito user pool, so refresh tokens (and the tokens issued from them) can be revoked.",
  risk: "Without revocation a stolen refresh token keeps minting access tokens until it expires, even after the user signs out or the theft is noticed.",
  remediation: {"text": "Enable token revocation on the app client.", "url": "https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html", "cli": "aws cognito-idp update-user-pool-client --user-pool-id <pool-id> --client-id <client-id> --enable-token-revocation", terraform: 'resource "aws_cognito_user_pool_client" "this" {\n  name                    = "<client-name>"\n  user_pool_id            = "<user-pool-id>"\n  enable_token_revocation = true\n}', nativeIaC: 'Resources:\n  AppClient:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: <user-pool-id>\n      EnableTokenRevocation: true'},
  uses: [userPools, userPoolClients],
  run(ctx) {
    runClientCheck(ctx, (c, label) => {
      return c.enableTokenRevocation ? [true, `${label} allows token revocation.`] : [false, `${label} does not allow token revocation.`];
    });
  },
});
