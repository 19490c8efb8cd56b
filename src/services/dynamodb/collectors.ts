/**
 * DynamoDB and DAX collectors. ListTables (paginated), then per table DescribeTable, and only when a
 * selected check needs them DescribeContinuousBackups (point-in-time recovery), GetResourcePolicy and
 * ListTagsOfResource; each per-table answer is kept as data, so one denied table does not hide the others.
 * DAX: DescribeClusters.
 */
import { defineFact } from '../../core/fact.js';
import type { CallError, Result } from '../../core/types.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface Table {
  id: string;
  arn: string;
  name: string;
  deletionProtection: boolean;
  /** KMS when encrypted with a KMS key (AWS managed or customer managed); absent for the AWS owned key. */
  sseType?: string;
  kmsKeyArn?: string;
  billingMode: string;
  /** Names of the global secondary indexes (each has its own capacity on a provisioned table). */
  globalIndexes?: string[];
  /** DescribeTable's answer failed: the table is listed but its settings are unknown. */
  describeError?: CallError;
}

export const tables = defineFact<Table[]>({
  id: 'dynamodb.tables',
  service: 'dynamodb',
  scope: 'regional',
  operation: 'dynamodb:ListTables',
  async collect(ctx) {
    const { paginateListTables, DescribeTableCommand } = await import('@aws-sdk/client-dynamodb');
    const client = await ctx.client('dynamodb');
    const names: string[] = [];
    for await (const page of paginateListTables({ client, pageSize: 100 }, {})) names.push(...(page.TableNames ?? []));
    const arnOf = (n: string) => `arn:${ctx.account.partition}:dynamodb:${ctx.region}:${ctx.account.accountId}:table/${n}`;
    return Promise.all(
      names.map(async (name): Promise<Table> => {
        const d = await ctx.attempt('dynamodb:DescribeTable', async () => (await client.send(new DescribeTableCommand({ TableName: name }))).Table);
        if (!d.ok) return { id: name, name, arn: arnOf(name), deletionProtection: false, billingMode: '', describeError: d.error };
        const t = d.data ?? {};
        return {
          id: name,
          name,
          arn: t.TableArn ?? arnOf(name),
          deletionProtection: Boolean(t.DeletionProtectionEnabled),
          ...(t.SSEDescription?.SSEType ? { sseType: t.SSEDescription.SSEType } : {}),
          ...(t.SSEDescription?.KMSMasterKeyArn ? { kmsKeyArn: t.SSEDescription.KMSMasterKeyArn } : {}),
          billingMode: t.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
          globalIndexes: (t.GlobalSecondaryIndexes ?? []).flatMap((g) => (g.IndexName ? [g.IndexName] : [])),
        };
      }),
    );
  },
});

type Sdk = typeof import('@aws-sdk/client-dynamodb');
type Client = InstanceType<Sdk['DynamoDBClient']>;

/** A per-table fact keyed by table ARN: one `read` per listed table, fanned out, each failure kept as that table's entry. */
function perTable<T>(id: string, operation: string, read: (sdk: Sdk, client: Client, t: Table) => Promise<T>) {
  return defineFact<Record<string, Result<T>>>({
    id,
    service: 'dynamodb',
    scope: 'regional',
    operation,
    async collect(ctx) {
      const sdk = await import('@aws-sdk/client-dynamodb');
      const client = await ctx.client('dynamodb');
      const list = await ctx.need(tables);
      const entries = await Promise.all(list.map(async (t) => [t.arn, await ctx.attempt(operation, () => read(sdk, client, t))] as const));
      return Object.fromEntries(entries);
    },
  });
}

/** Table ARN -> whether point-in-time recovery is enabled. */
export const continuousBackups = perTable('dynamodb.continuousBackups', 'dynamodb:DescribeContinuousBackups', async (sdk, client, t) => {
  const res = await client.send(new sdk.DescribeContinuousBackupsCommand({ TableName: t.name }));
  return res.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED';
});

/** Table ARN -> its resource policy (JSON text), or null when it has none. */
export const tablePolicies = perTable('dynamodb.tablePolicies', 'dynamodb:GetResourcePolicy', async (sdk, client, t): Promise<string | null> => {
  try {
    return (await client.send(new sdk.GetResourcePolicyCommand({ ResourceArn: t.arn }))).Policy ?? null;
  } catch (err) {
    if (awsErrorCode(err) === 'PolicyNotFoundException') return null;
    throw err;
  }
});

/**
 * Table ARN -> its tags (ListTagsOfResource, paginated), for checks that match tags: an AWS Backup
 * resource assignment by tag decides whether a table is backed up.
 */
export const tableTags = perTable('dynamodb.tableTags', 'dynamodb:ListTagsOfResource', async (sdk, client, t) => {
  const out: Record<string, string> = {};
  let NextToken: string | undefined;
  do {
    const page = await client.send(new sdk.ListTagsOfResourceCommand({ ResourceArn: t.arn, NextToken }));
    for (const tag of page.Tags ?? []) if (tag.Key) out[tag.Key] = tag.Value ?? '';
    NextToken = page.NextToken;
  } while (NextToken);
  return out;
});

export interface DaxCluster {
  id: string;
  arn: string;
  /** ENABLED, DISABLED, ... */
  sseStatus?: string;
  /** NONE or TLS. */
  endpointEncryption?: string;
  /** Availability Zones of the nodes. */
  nodeZones: string[];
  nodeCount: number;
}

export const daxClusters = defineFact<DaxCluster[]>({
  id: 'dynamodb.daxClusters',
  service: 'dax',
  scope: 'regional',
  operation: 'dax:DescribeClusters',
  async collect(ctx) {
    const { DescribeClustersCommand } = await import('@aws-sdk/client-dax');
    const client = await ctx.client('dax');
    const out: DaxCluster[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new DescribeClustersCommand({ NextToken, MaxResults: 100 }));
      for (const c of page.Clusters ?? []) {
        if (!c.ClusterName) continue;
        out.push({
          id: c.ClusterName,
          arn: c.ClusterArn ?? `arn:${ctx.account.partition}:dax:${ctx.region}:${ctx.account.accountId}:cache/${c.ClusterName}`,
          ...(c.SSEDescription?.Status ? { sseStatus: c.SSEDescription.Status } : {}),
          ...(c.ClusterEndpointEncryptionType ? { endpointEncryption: c.ClusterEndpointEncryptionType } : {}),
          nodeZones: (c.Nodes ?? []).flatMap((n) => (n.AvailabilityZone ? [n.AvailabilityZone] : [])),
          nodeCount: c.TotalNodes ?? c.Nodes?.length ?? 0,
        });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  },
});
