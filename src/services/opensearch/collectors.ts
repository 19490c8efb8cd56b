/**
 * OpenSearch Service collectors: ListDomainNames, then DescribeDomains in batches of five (the API's
 * limit), which returns every setting the domain checks read.
 */
import { defineFact } from '../../core/fact.js';

export interface Domain {
  id: string;
  arn: string;
  name: string;
  engineVersion: string;
  encryptionAtRest: boolean;
  nodeToNode: boolean;
  enforceHttps: boolean;
  /** Fine-grained access control. */
  advancedSecurity: boolean;
  internalUserDatabase: boolean;
  cognito: boolean;
  saml: boolean;
  /** Log type (AUDIT_LOGS, INDEX_SLOW_LOGS, SEARCH_SLOW_LOGS, ES_APPLICATION_LOGS) -> enabled. */
  logs: Record<string, boolean>;
  instanceCount: number;
  zoneAwareness: boolean;
  dedicatedMaster: boolean;
  dedicatedMasterCount: number;
  updateAvailable: boolean;
  vpcId?: string;
  /** The domain access policy (JSON text), or null when none is set. */
  accessPolicy: string | null;
}

export const domains = defineFact<Domain[]>({
  id: 'opensearch.domains',
  service: 'opensearch',
  scope: 'regional',
  operation: 'es:DescribeDomains',
  async collect(ctx) {
    const { ListDomainNamesCommand, DescribeDomainsCommand } = await import('@aws-sdk/client-opensearch');
    const client = await ctx.client('opensearch');
    const names = ((await client.send(new ListDomainNamesCommand({}))).DomainNames ?? []).flatMap((d) => (d.DomainName ? [d.DomainName] : []));
    const out: Domain[] = [];
    for (let i = 0; i < names.length; i += 5) {
      const res = await client.send(new DescribeDomainsCommand({ DomainNames: names.slice(i, i + 5) }));
      for (const d of res.DomainStatusList ?? []) {
        if (!d.DomainName) continue;
        const c = d.ClusterConfig ?? {};
        out.push({
          id: d.DomainName,
          name: d.DomainName,
          arn: d.ARN ?? `arn:${ctx.account.partition}:es:${ctx.region}:${ctx.account.accountId}:domain/${d.DomainName}`,
          engineVersion: d.EngineVersion ?? '',
          encryptionAtRest: Boolean(d.EncryptionAtRestOptions?.Enabled),
          nodeToNode: Boolean(d.NodeToNodeEncryptionOptions?.Enabled),
          enforceHttps: Boolean(d.DomainEndpointOptions?.EnforceHTTPS),
          advancedSecurity: Boolean(d.AdvancedSecurityOptions?.Enabled),
          internalUserDatabase: Boolean(d.AdvancedSecurityOptions?.InternalUserDatabaseEnabled),
          cognito: Boolean(d.CognitoOptions?.Enabled),
          saml: Boolean(d.AdvancedSecurityOptions?.SAMLOptions?.Enabled),
          logs: Object.fromEntries(Object.entries(d.LogPublishingOptions ?? {}).map(([k, v]) => [k, Boolean(v?.Enabled)])),
          instanceCount: c.InstanceCount ?? 0,
          zoneAwareness: Boolean(c.ZoneAwarenessEnabled),
          dedicatedMaster: Boolean(c.DedicatedMasterEnabled),
          dedicatedMasterCount: c.DedicatedMasterCount ?? 0,
          updateAvailable: Boolean(d.ServiceSoftwareOptions?.UpdateAvailable),
          ...(d.VPCOptions?.VPCId ? { vpcId: d.VPCOptions.VPCId } : {}),
          accessPolicy: d.AccessPolicies ? d.AccessPolicies : null,
        });
      }
    }
    return out;
  },
});
