/**
 * Redshift collectors: DescribeClusters (paginated) for the cluster settings, and one DescribeLoggingStatus
 * per cluster (kept per cluster, so one denial does not hide the other clusters).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface RedshiftCluster {
  id: string;
  arn: string;
  encrypted: boolean;
  publiclyAccessible: boolean;
  enhancedVpcRouting: boolean;
  allowVersionUpgrade: boolean;
  automatedSnapshotRetentionPeriod: number;
  masterUsername?: string;
  dbName?: string;
  /** Enabled, Disabled, or absent when the API does not report it. */
  multiAz?: string;
  endpoint?: string;
  /** The cluster's parameter groups, with whether their values are applied (in-sync) or wait for a reboot. */
  parameterGroups: Array<{ name: string; applyStatus?: string; /** Parameters whose new value is not in effect yet (e.g. pending-reboot). */ pending?: string[] }>;
  /** Audit logging (DescribeLoggingStatus), or the error reading it. */
  logging: Result<{ enabled: boolean; destination?: string }>;
  tags: Record<string, string>;
}

export const clusters = defineFact<RedshiftCluster[]>({
  id: 'redshift.clusters',
  service: 'redshift',
  scope: 'regional',
  operation: 'redshift:DescribeClusters',
  async collect(ctx) {
    const { paginateDescribeClusters, DescribeLoggingStatusCommand } = await import('@aws-sdk/client-redshift');
    const client = await ctx.client('redshift');
    const out: Array<Omit<RedshiftCluster, 'logging'>> = [];
    for await (const page of paginateDescribeClusters({ client, pageSize: 100 }, {})) {
      for (const c of page.Clusters ?? []) {
        if (!c.ClusterIdentifier) continue;
        out.push({
          id: c.ClusterIdentifier,
          arn: `arn:${ctx.account.partition}:redshift:${ctx.region}:${ctx.account.accountId}:cluster:${c.ClusterIdentifier}`,
          encrypted: Boolean(c.Encrypted),
          publiclyAccessible: Boolean(c.PubliclyAccessible),
          enhancedVpcRouting: Boolean(c.EnhancedVpcRouting),
          allowVersionUpgrade: Boolean(c.AllowVersionUpgrade),
          automatedSnapshotRetentionPeriod: c.AutomatedSnapshotRetentionPeriod ?? 0,
          ...(c.MasterUsername ? { masterUsername: c.MasterUsername } : {}),
          ...(c.DBName ? { dbName: c.DBName } : {}),
          ...(c.MultiAZ ? { multiAz: c.MultiAZ } : {}),
          ...(c.Endpoint?.Address ? { endpoint: c.Endpoint.Address } : {}),
          parameterGroups: (c.ClusterParameterGroups ?? []).flatMap((g) => {
            if (!g.ParameterGroupName) return [];
            const pending = (g.ClusterParameterStatusList ?? []).flatMap((p) => (p.ParameterName && p.ParameterApplyStatus && p.ParameterApplyStatus !== 'in-sync' ? [p.ParameterName] : []));
            return [{ name: g.ParameterGroupName, ...(g.ParameterApplyStatus ? { applyStatus: g.ParameterApplyStatus } : {}), ...(pending.length ? { pending } : {}) }];
          }),
          tags: Object.fromEntries((c.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? ''])),
        });
      }
    }
    return Promise.all(
      out.map(async (c) => ({
        ...c,
        logging: await ctx.attempt('redshift:DescribeLoggingStatus', async () => {
          const l = await client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: c.id }));
          const destination = l.LogDestinationType === 'cloudwatch' ? 'CloudWatch Logs' : l.BucketName ? `bucket ${l.BucketName}` : undefined;
          return { enabled: Boolean(l.LoggingEnabled), ...(destination ? { destination } : {}) };
        }),
      })),
    );
  },
});

/** The parameter values of a cluster parameter group (name to value, as strings). */
export type ParameterValues = Record<string, string>;

/**
 * DescribeClusterParameters (paginated) for each parameter group the region's clusters use, keyed by group
 * name; a group that could not be read keeps its error.
 */
export const clusterParameters = defineFact<Record<string, Result<ParameterValues>>>({
  id: 'redshift.clusterParameters',
  service: 'redshift',
  scope: 'regional',
  operation: 'redshift:DescribeClusterParameters',
  async collect(ctx) {
    const { paginateDescribeClusterParameters } = await import('@aws-sdk/client-redshift');
    const client = await ctx.client('redshift');
    const names = [...new Set((await ctx.need(clusters)).flatMap((c) => c.parameterGroups.map((g) => g.name)))];
    const entries = await Promise.all(
      names.map(async (name) => {
        const values = await ctx.attempt('redshift:DescribeClusterParameters', async () => {
          const out: ParameterValues = {};
          for await (const page of paginateDescribeClusterParameters({ client, pageSize: 100 }, { ParameterGroupName: name })) {
            for (const p of page.Parameters ?? []) if (p.ParameterName && p.ParameterValue !== undefined) out[p.ParameterName] = p.ParameterValue;
          }
          return out;
        });
        return [name, values] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
