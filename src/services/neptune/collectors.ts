/**
 * Neptune collectors, through the Neptune API (which shares the RDS control plane): DescribeDBClusters and
 * DescribeDBClusterSnapshots filtered to engine "neptune", plus DescribeDBClusterSnapshotAttributes for
 * each manual snapshot. Neptune clusters are not reported by prowl's RDS collectors.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface GraphCluster {
  id: string;
  arn: string;
  engine: string;
  backupRetentionPeriod: number;
  copyTagsToSnapshot: boolean;
  deletionProtection: boolean;
  iamAuth: boolean;
  cloudwatchLogs: string[];
  multiAz: boolean;
  storageEncrypted: boolean;
  dbSubnetGroup?: string;
  memberCount: number;
}

export interface GraphClusterSnapshot {
  id: string;
  arn: string;
  source: string;
  type: string;
  encrypted: boolean;
  /** Manual snapshots: restorable by "all", or the error reading the attributes. */
  public?: Result<boolean>;
}

const ENGINE = 'neptune';

export const clusters = defineFact<GraphCluster[]>({
  id: 'neptune.clusters',
  service: 'neptune',
  scope: 'regional',
  operation: 'rds:DescribeDBClusters',
  async collect(ctx) {
    const { paginateDescribeDBClusters } = await import('@aws-sdk/client-neptune');
    const client = await ctx.client('neptune');
    const out: GraphCluster[] = [];
    for await (const page of paginateDescribeDBClusters({ client, pageSize: 100 }, { Filters: [{ Name: 'engine', Values: [ENGINE] }] })) {
      for (const c of page.DBClusters ?? []) {
        if (!c.DBClusterIdentifier || (c.Engine && c.Engine !== ENGINE)) continue;
        out.push({
          id: c.DBClusterIdentifier,
          arn: c.DBClusterArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:cluster:${c.DBClusterIdentifier}`,
          engine: c.Engine ?? ENGINE,
          backupRetentionPeriod: c.BackupRetentionPeriod ?? 0,
          copyTagsToSnapshot: Boolean(c.CopyTagsToSnapshot),
          deletionProtection: Boolean(c.DeletionProtection),
          iamAuth: Boolean(c.IAMDatabaseAuthenticationEnabled),
          cloudwatchLogs: c.EnabledCloudwatchLogsExports ?? [],
          multiAz: Boolean(c.MultiAZ),
          storageEncrypted: Boolean(c.StorageEncrypted),
          ...(c.DBSubnetGroup ? { dbSubnetGroup: c.DBSubnetGroup } : {}),
          memberCount: c.DBClusterMembers?.length ?? 0,
        });
      }
    }
    return out;
  },
});

export const clusterSnapshots = defineFact<GraphClusterSnapshot[]>({
  id: 'neptune.clusterSnapshots',
  service: 'neptune',
  scope: 'regional',
  operation: 'rds:DescribeDBClusterSnapshots',
  async collect(ctx) {
    const { paginateDescribeDBClusterSnapshots, DescribeDBClusterSnapshotAttributesCommand } = await import('@aws-sdk/client-neptune');
    const client = await ctx.client('neptune');
    const out: GraphClusterSnapshot[] = [];
    for await (const page of paginateDescribeDBClusterSnapshots({ client, pageSize: 100 }, { Filters: [{ Name: 'engine', Values: [ENGINE] }] })) {
      for (const s of page.DBClusterSnapshots ?? []) {
        if (!s.DBClusterSnapshotIdentifier || (s.Engine && s.Engine !== ENGINE)) continue;
        out.push({
          id: s.DBClusterSnapshotIdentifier,
          arn: s.DBClusterSnapshotArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:cluster-snapshot:${s.DBClusterSnapshotIdentifier}`,
          source: s.DBClusterIdentifier ?? '',
          type: s.SnapshotType ?? 'manual',
          encrypted: Boolean(s.StorageEncrypted),
        });
      }
    }
    await Promise.all(
      out
        .filter((s) => s.type === 'manual')
        .map(async (s) => {
          s.public = await ctx.attempt('rds:DescribeDBClusterSnapshotAttributes', async () => {
            const res = await client.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: s.id }));
            return (res.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? []).some(
              (a) => a.AttributeName === 'restore' && (a.AttributeValues ?? []).includes('all'),
            );
          });
        }),
    );
    return out;
  },
});
