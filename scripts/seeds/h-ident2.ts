/**
 * Seeds moto with compliant and non-compliant resources for the identity and governance checks of
 * branch h-ident2: Elastic Beanstalk environments, SSM documents with and without (fake) secrets,
 * Service Catalog portfolios shared inside and outside the Organization, Cognito user pools with and
 * without a WAF web ACL, and Secrets Manager secrets with and without a restrictive resource policy.
 * Fake secrets are assembled from parts at run time. AppStream fleets and FMS policies are not seeded:
 * moto does not implement them.
 */
import { CreateApplicationCommand, CreateEnvironmentCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { CreateDocumentCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CreatePortfolioCommand, CreatePortfolioShareCommand, ServiceCatalogClient } from '@aws-sdk/client-service-catalog';
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AssociateWebACLCommand, CreateWebACLCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { CreateSecretCommand, PutResourcePolicyCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cfg = any;

const ACCOUNT = '123456789012';
const fakeAccessKeyId = () => 'AKIA' + 'Q3EXZ7TW' + 'RNK4DEMO';
const fakeSecretKey = () => 'k9Tq2' + 'Lm8ZxVb4' + 'Ry7Hc1Nw6' + 'Pd3Gs0Fj5' + 'Ue2AoDemo';

const shellDocument = (lines: string[]) =>
  JSON.stringify({ schemaVersion: '2.2', description: 'seeded', mainSteps: [{ action: 'aws:runShellScript', name: 'run', inputs: { runCommand: lines } }] }, null, 2);

export async function seedHIdent2(cfg: (region: string) => object, regions: string[], scale: number): Promise<void> {
  for (const region of regions) {
    const c = cfg(region) as Cfg;
    const eb = new ElasticBeanstalkClient(c);
    const ssm = new SSMClient(c);
    const sc = new ServiceCatalogClient(c);
    const idp = new CognitoIdentityProviderClient(c);
    const waf = new WAFV2Client(c);
    const sm = new SecretsManagerClient(c);
    const acl = (
      await waf.send(
        new CreateWebACLCommand({
          Name: 'ident-pool-rules',
          Scope: 'REGIONAL',
          DefaultAction: { Allow: {} },
          Rules: [],
          VisibilityConfig: { SampledRequestsEnabled: false, CloudWatchMetricsEnabled: false, MetricName: 'ident-pool-rules' },
        }),
      )
    ).Summary!;
    for (let i = 0; i < Math.max(1, scale); i++) {
      await eb.send(new CreateApplicationCommand({ ApplicationName: `ident-shop-${i}` }));
      for (const env of ['prod', 'staging']) {
        await eb.send(new CreateEnvironmentCommand({ ApplicationName: `ident-shop-${i}`, EnvironmentName: `ident-shop-${i}-${env}`, SolutionStackName: '64bit Amazon Linux 2023 v4.3.0 running Python 3.12' }));
      }

      await ssm.send(new CreateDocumentCommand({ Name: `ident-clean-${i}`, DocumentType: 'Command', DocumentFormat: 'JSON', Content: shellDocument(['yum -y update', 'systemctl restart app']) }));
      await ssm.send(
        new CreateDocumentCommand({
          Name: `ident-leaky-${i}`,
          DocumentType: 'Command',
          DocumentFormat: 'JSON',
          Content: shellDocument([`export AWS_ACCESS_KEY_ID=${fakeAccessKeyId()}`, `export AWS_SECRET_ACCESS_KEY=${fakeSecretKey()}`, 'aws s3 sync s3://releases /opt/app']),
        }),
      );

      await sc.send(new CreatePortfolioCommand({ DisplayName: `ident-private-${i}`, ProviderName: 'platform', IdempotencyToken: `ident-private-${region}-${i}` }));
      const outside = (await sc.send(new CreatePortfolioCommand({ DisplayName: `ident-shared-${i}`, ProviderName: 'platform', IdempotencyToken: `ident-shared-${region}-${i}` }))).PortfolioDetail!;
      await sc.send(new CreatePortfolioShareCommand({ PortfolioId: outside.Id, AccountId: '999999999999' }));

      const guarded = (await idp.send(new CreateUserPoolCommand({ PoolName: `ident-guarded-${i}` }))).UserPool!;
      await idp.send(new CreateUserPoolCommand({ PoolName: `ident-open-${i}` }));
      await waf.send(new AssociateWebACLCommand({ WebACLArn: acl.ARN, ResourceArn: guarded.Arn }));

      const locked = (await sm.send(new CreateSecretCommand({ Name: `ident-locked-${i}`, SecretString: 'seeded-placeholder' }))).ARN!;
      await sm.send(
        new PutResourcePolicyCommand({
          SecretId: locked,
          ResourcePolicy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Deny', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/app` } } },
            ],
          }),
        }),
      );
      await sm.send(new CreateSecretCommand({ Name: `ident-unguarded-${i}`, SecretString: 'seeded-placeholder' }));
    }
    for (const client of [eb, ssm, sc, idp, waf, sm]) client.destroy();
  }
}
