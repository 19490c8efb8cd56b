/**
 * Systems Manager collectors: the managed instances (DescribeInstanceInformation), the documents this
 * account owns with their sharing permissions and content, and patch compliance per resource. The
 * managed-instance fact is shared: EC2's "managed by Systems Manager" check reads it too.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import type { SecretHit } from '../../lib/secrets/index.js';

export interface ManagedInstance {
  /** i-... for EC2 instances, mi-... for hybrid nodes. */
  instanceId: string;
  pingStatus?: string;
  lastPingDateTime?: string;
  platformType?: string;
  platformName?: string;
  agentVersion?: string;
  isLatestVersion?: boolean;
  /** EC2Instance or ManagedInstance. */
  resourceType?: string;
  computerName?: string;
  ipAddress?: string;
  associationStatus?: string;
}

/** Every node registered with Systems Manager in the region (EC2 instances and hybrid nodes). */
export const managedInstances = defineFact<ManagedInstance[]>({
  id: 'ssm.managedInstances',
  service: 'ssm',
  scope: 'regional',
  operation: 'ssm:DescribeInstanceInformation',
  async collect(ctx) {
    const { paginateDescribeInstanceInformation } = await import('@aws-sdk/client-ssm');
    const ssm = await ctx.client('ssm');
    const out: ManagedInstance[] = [];
    for await (const page of paginateDescribeInstanceInformation({ client: ssm, pageSize: 50 }, {})) {
      for (const i of page.InstanceInformationList ?? []) {
        if (!i.InstanceId) continue;
        out.push({
          instanceId: i.InstanceId,
          ...(i.PingStatus ? { pingStatus: i.PingStatus } : {}),
          ...(i.LastPingDateTime ? { lastPingDateTime: i.LastPingDateTime.toISOString() } : {}),
          ...(i.PlatformType ? { platformType: i.PlatformType } : {}),
          ...(i.PlatformName ? { platformName: i.PlatformName } : {}),
          ...(i.AgentVersion ? { agentVersion: i.AgentVersion } : {}),
          ...(i.IsLatestVersion !== undefined ? { isLatestVersion: i.IsLatestVersion } : {}),
          ...(i.ResourceType ? { resourceType: i.ResourceType } : {}),
          ...(i.ComputerName ? { computerName: i.ComputerName } : {}),
          ...(i.IPAddress ? { ipAddress: i.IPAddress } : {}),
          ...(i.AssociationStatus ? { associationStatus: i.AssociationStatus } : {}),
        });
      }
    }
    return out;
  },
});

export interface SsmDocument {
  name: string;
  arn: string;
  documentType?: string;
  documentFormat?: string;
  documentVersion?: string;
  tags: Record<string, string>;
}

/** Documents owned by this account (AWS-owned and shared-in documents are not ours to judge). */
export const documents = defineFact<SsmDocument[]>({
  id: 'ssm.documents',
  service: 'ssm',
  scope: 'regional',
  operation: 'ssm:ListDocuments',
  async collect(ctx) {
    const { paginateListDocuments } = await import('@aws-sdk/client-ssm');
    const ssm = await ctx.client('ssm');
    const out: SsmDocument[] = [];
    for await (const page of paginateListDocuments({ client: ssm, pageSize: 50 }, { Filters: [{ Key: 'Owner', Values: ['Self'] }] })) {
      for (const d of page.DocumentIdentifiers ?? []) {
        if (!d.Name) continue;
        out.push({
          name: d.Name,
          arn: `arn:${ctx.account.partition}:ssm:${ctx.region}:${ctx.account.accountId}:document/${d.Name}`,
          ...(d.DocumentType ? { documentType: d.DocumentType } : {}),
          ...(d.DocumentFormat ? { documentFormat: d.DocumentFormat } : {}),
          ...(d.DocumentVersion ? { documentVersion: d.DocumentVersion } : {}),
          tags: Object.fromEntries((d.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? ''])),
        });
      }
    }
    return out;
  },
});

/** Accounts a document is shared with ('all' means public), keyed by document ARN. */
export const documentPermissions = defineFact<Record<string, Result<string[]>>>({
  id: 'ssm.documentPermissions',
  service: 'ssm',
  scope: 'regional',
  operation: 'ssm:DescribeDocumentPermission',
  async collect(ctx) {
    const { DescribeDocumentPermissionCommand } = await import('@aws-sdk/client-ssm');
    const ssm = await ctx.client('ssm');
    const docs = await ctx.need(documents);
    const entries = await Promise.all(
      docs.map(async (d) => {
        const res = await ctx.attempt('ssm:DescribeDocumentPermission', async () => {
          const ids: string[] = [];
          let NextToken: string | undefined;
          do {
            const page = await ssm.send(new DescribeDocumentPermissionCommand({ Name: d.name, PermissionType: 'Share', NextToken }));
            ids.push(...(page.AccountIds ?? []));
            NextToken = page.NextToken;
          } while (NextToken);
          return ids;
        });
        return [d.arn, res] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

/**
 * Secrets found in the default version of each owned document (GetDocument, scanned in memory), keyed
 * by document ARN. Only the hits (kind and line, never the value) are kept: the content itself never
 * enters the inventory, since a document with a secret in it would otherwise carry it there.
 */
export const documentSecrets = defineFact<Record<string, Result<SecretHit[]>>>({
  id: 'ssm.documentSecrets',
  service: 'ssm',
  scope: 'regional',
  operation: 'ssm:GetDocument',
  async collect(ctx) {
    const { GetDocumentCommand } = await import('@aws-sdk/client-ssm');
    const { scanText } = await import('../../lib/secrets/index.js');
    const ssm = await ctx.client('ssm');
    const docs = await ctx.need(documents);
    const entries = await Promise.all(
      docs.map(async (d) => {
        const hits = await ctx.attempt('ssm:GetDocument', async () => {
          const doc = await ssm.send(new GetDocumentCommand({ Name: d.name }));
          const format = (doc.DocumentFormat ?? d.documentFormat ?? 'JSON').toLowerCase();
          return scanText(doc.Content ?? '', { fileName: `${d.name}.${format === 'yaml' ? 'yaml' : format === 'text' ? 'txt' : 'json'}` });
        });
        return [d.arn, hits] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

export interface ComplianceSummary {
  resourceId: string;
  resourceType?: string;
  /** COMPLIANT or NON_COMPLIANT. */
  status?: string;
  overallSeverity?: string;
  nonCompliantCount: number;
  compliantCount: number;
}

/** Patch compliance per resource (ListResourceComplianceSummaries filtered on ComplianceType Patch). */
export const patchCompliance = defineFact<ComplianceSummary[]>({
  id: 'ssm.patchCompliance',
  service: 'ssm',
  scope: 'regional',
  operation: 'ssm:ListResourceComplianceSummaries',
  async collect(ctx) {
    const { paginateListResourceComplianceSummaries } = await import('@aws-sdk/client-ssm');
    const ssm = await ctx.client('ssm');
    const out: ComplianceSummary[] = [];
    const filter = { Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' as const }] };
    for await (const page of paginateListResourceComplianceSummaries({ client: ssm, pageSize: 50 }, filter)) {
      for (const s of page.ResourceComplianceSummaryItems ?? []) {
        if (!s.ResourceId) continue;
        const count = (o: object | undefined) => Object.values(o ?? {}).reduce((n: number, v) => n + (typeof v === 'number' ? v : 0), 0);
        out.push({
          resourceId: s.ResourceId,
          ...(s.ResourceType ? { resourceType: s.ResourceType } : {}),
          ...(s.Status ? { status: s.Status } : {}),
          ...(s.OverallSeverity ? { overallSeverity: s.OverallSeverity } : {}),
          nonCompliantCount: s.NonCompliantSummary?.NonCompliantCount ?? count(s.NonCompliantSummary?.SeveritySummary),
          compliantCount: s.CompliantSummary?.CompliantCount ?? 0,
        });
      }
    }
    return out;
  },
});
