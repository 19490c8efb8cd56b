import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { organization, organizationAccounts } from '../../organizations/collectors.js';
import { trustContext } from '../../iam/identity-checks.js';
import { secretPolicies, secrets } from '../collectors.js';
import { judgeSecretPolicy } from '../restrictive-policy.js';

export default defineCheck({
  id: 'secretsmanager_has_restrictive_resource_policy',
  title: 'Secrets Manager secrets have a resource policy that limits who can read them',
  service: 'secretsmanager',
  severity: 'high',
  resourceType: 'AwsSecretsManagerSecret',
  categories: ['secrets', 'trust-boundaries'],
  description:
    'Reads the resource policy of every Secrets Manager secret and passes those whose policy explicitly denies GetSecretValue to every principal except intended ones (a negated condition on aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalOrgID or OrgPaths, or aws:SourceVpce/SourceVpc, or a Deny with NotPrincipal), and that allow no one outside this account, trusted_account_ids, the Organization or organizations_trusted_ids. A secret without a policy, or with an unconditioned grant to another account or everyone, fails. IfExists conditions do not count: they let requests without the key through.',
  risk:
    'Without a restrictive resource policy, every IAM principal whose identity policy happens to allow secretsmanager:GetSecretValue on "*" (administrators, broad automation roles, a compromised developer) reads the secret; a grant to another account extends that to whoever controls it.',
  remediation: {
    text: 'Attach a resource policy that denies GetSecretValue (or secretsmanager:*) to all principals unless aws:PrincipalArn is one of the roles that need the secret, and keep Block Public Policy on when putting it.',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html',
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret-arn> --block-public-policy --resource-policy file://deny-all-but-app-role.json',
    nativeIaC: [
      'SecretPolicy:',
      '  Type: AWS::SecretsManager::ResourcePolicy',
      '  Properties:',
      '    SecretId: !Ref AppSecret',
      '    BlockPublicPolicy: true',
      '    ResourcePolicy:',
      "      Version: '2012-10-17'",
      '      Statement:',
      '        - Sid: OnlyTheAppRoleReads',
      '          Effect: Deny',
      "          Principal: '*'",
      '          Action: secretsmanager:GetSecretValue',
      "          Resource: '*'",
      '          Condition:',
      '            StringNotEquals:',
      '              aws:PrincipalArn: !GetAtt AppRole.Arn',
    ].join('\n'),
    terraform:
      'resource "aws_secretsmanager_secret_policy" "app" {\n  secret_arn          = aws_secretsmanager_secret.app.arn\n  block_public_policy = true\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "secretsmanager:GetSecretValue"\n      Resource  = "*"\n      Condition = { StringNotEquals = { "aws:PrincipalArn" = aws_iam_role.app.arn } }\n    }]\n  })\n}',
  },
  params: { trusted_account_ids: [] as string[], organizations_trusted_ids: [] as string[] },
  uses: [secrets, secretPolicies, organization, organizationAccounts],
  run(ctx) {
    const t = { ...trustContext(ctx), trustedOrganizationIds: ctx.params.organizations_trusted_ids.map(String) };
    for (const { region, item: secret, entry } of listedWith(ctx, secrets, secretPolicies, 'Secrets Manager secrets')) {
      if (secret.primaryRegion && secret.primaryRegion !== region) continue;
      const resource = { arn: secret.arn, id: secret.name, name: secret.name, region, ...(secret.tags ? { tags: secret.tags } : {}) };
      const label = `Secret ${secret.name}`;
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the resource policy of ${label}: ${describeCallError(entry.error)}.`);
        continue;
      }
      let verdict;
      try {
        verdict = judgeSecretPolicy(entry.data, t);
      } catch {
        ctx.error(
          resource,
          { kind: 'Failed', code: 'UnparseablePolicy', operation: secretPolicies.operation, message: 'the resource policy is not valid JSON' },
          `Could not judge the resource policy of ${label}: it is not valid JSON.`,
        );
        continue;
      }
      if (verdict.restrictive) ctx.pass(resource, `${label} has a resource policy that ${verdict.how}.`);
      else ctx.fail(resource, `${label} ${verdict.why}.`);
    }
  },
});
