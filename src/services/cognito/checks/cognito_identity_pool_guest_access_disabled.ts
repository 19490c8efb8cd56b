import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { listed } from '../../../lib/resource-policy.js';
import { identityPools } from '../collectors.js';

export default defineCheck({
  id: 'cognito_identity_pool_guest_access_disabled',
  title: 'Cognito identity pools do not give AWS credentials to unauthenticated guests',
  service: 'cognito',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['identity-access'],
  description:
    'Checks that every Cognito identity pool disallows unauthenticated (guest) identities; when guests are allowed the finding names the IAM role they receive (GetIdentityPoolRoles).',
  risk: 'Guest access hands temporary AWS credentials for the unauthenticated role to anyone who asks, so whatever that role may do is open to the internet.',
  remediation: {
    text: 'Turn off guest access on the identity pool, or if the application needs it, give the unauthenticated role only the minimal, read-only permissions it needs.',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html#enable-or-disable-unauthenticated-identities',
    cli: 'aws cognito-identity update-identity-pool --identity-pool-id <pool-id> --identity-pool-name <name> --no-allow-unauthenticated-identities',
    terraform:
      'resource "aws_cognito_identity_pool" "this" {\n  identity_pool_name               = "<name>"\n  allow_unauthenticated_identities = false\n  cognito_identity_providers {\n    client_id     = "<app-client-id>"\n    provider_name = "cognito-idp.<region>.amazonaws.com/<user-pool-id>"\n  }\n}',
    nativeIaC:
      'Resources:\n  IdentityPool:\n    Type: AWS::Cognito::IdentityPool\n    Properties:\n      AllowUnauthenticatedIdentities: false\n      CognitoIdentityProviders:\n        - ClientId: <app-client-id>\n          ProviderName: cognito-idp.<region>.amazonaws.com/<user-pool-id>',
  },
  uses: [identityPools],
  run(ctx) {
    for (const { region, result } of ctx.regional(identityPools)) {
      for (const p of listed(ctx, region, result, 'Cognito identity pools')) {
        const resource = { arn: p.arn, id: p.id, name: p.name, region };
        if (!p.detail.ok) {
          ctx.error(resource, p.detail.error, `Could not describe identity pool ${p.name}: ${describeCallError(p.detail.error)}.`);
          continue;
        }
        if (!p.detail.data.allowUnauthenticated) {
          ctx.pass(resource, `Identity pool ${p.name} does not allow unauthenticated identities.`);
          continue;
        }
        const role = p.roles.ok ? p.roles.data.unauthenticated : undefined;
        const which = role ? `: guests receive credentials for role ${role.split('/').pop()}` : p.roles.ok ? ' (no unauthenticated role is set yet)' : '';
        ctx.fail(resource, `Identity pool ${p.name} allows unauthenticated (guest) identities${which}.`);
      }
    }
  },
});
