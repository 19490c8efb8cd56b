/**
 * RDS collectors. DescribeDBInstances and DescribeDBClusters (paginated) give every flag the instance and
 * cluster checks read. The SSL parameters are a separate fact: one DescribeDBParameters (or
 * DescribeDBClusterParameters) call per distinct parameter group in use, filtered to the two parameters
 * that enforce TLS, so a scan without the transport check never reads parameter groups.
 *
 * The RDS API also answers for Neptune and DocumentDB; those engines have their own services and are left out.
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

const OTHER_SERVICES = new Set(['neptune', 'docdb']);

const tagMap = (tags: Array<{ Key?: string; Value?: string }> | undefined): Record<string, string> =>
  Object.fromEntries((tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? '']));

export interface DbInstance {
  id: string;
  arn: string;
  engine: string;
  engineVersion: string;
  storageEncrypted: boolean;
  publiclyAccessible: boolean;
  multiAz: boolean;
  autoMinorVersionUpgrade: boolean;
  /** Set when the instance belongs to an Aurora or Multi-AZ DB cluster. */
  clusterId?: string;
  /** Names of the DB parameter groups attached to the instance. */
  parameterGroups: string[];
  endpoint?: string;
  tags: Record<string, string>;
}

export const instances = defineFact<DbInstance[]>({
  id: 'rds.instances',
  service: 'rds',
  scope: 'regional',
  operation: 'rds:DescribeDBInstances',
  async collect(ctx) {
    const { paginateDescribeDBInstances } = await import('@aws-sdk/client-rds');
    const rds = await ctx.client('rds');
    const out: DbInstance[] = [];
    for await (const page of paginateDescribeDBInstances({ client: rds, pageSize: 100 }, {})) {
      for (const i of page.DBInstances ?? []) {
        if (!i.DBInstanceIdentifier || OTHER_SERVICES.has(i.Engine ?? '')) continue;
        out.push({
          id: i.DBInstanceIdentifier,
          arn: i.DBInstanceArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:db:${i.DBInstanceIdentifier}`,
          engine: i.Engine ?? '',
          engineVersion: i.EngineVersion ?? '',
          storageEncrypted: Boolean(i.StorageEncrypted),
          publiclyAccessible: Boolean(i.PubliclyAccessible),
          multiAz: Boolean(i.MultiAZ),
          autoMinorVersionUpgrade: Boolean(i.AutoMinorVersionUpgrade),
          ...(i.DBClusterIdentifier ? { clusterId: i.DBClusterIdentifier } : {}),
          parameterGroups: (i.DBParameterGroups ?? []).map((g) => g.DBParameterGroupName ?? '').filter(Boolean),
          ...(i.Endpoint?.Address ? { endpoint: i.Endpoint.Address } : {}),
          tags: tagMap(i.TagList),
        });
      }
    }
    return out;
  },
});

export interface DbCluster {
  id: string;
  arn: string;
  engine: string;
  /** provisioned, serverless, parallelquery, global, multimaster (absent on some engines). */
  engineMode?: string;
  multiAz: boolean;
  storageEncrypted: boolean;
  /** The DB cluster parameter group. */
  parameterGroup?: string;
  memberCount: number;
  tags: Record<string, string>;
}

export const clusters = defineFact<DbCluster[]>({
  id: 'rds.clusters',
  service: 'rds',
  scope: 'regional',
  operation: 'rds:DescribeDBClusters',
  async collect(ctx) {
    const { paginateDescribeDBClusters } = await import('@aws-sdk/client-rds');
    const rds = await ctx.client('rds');
    const out: DbCluster[] = [];
    for await (const page of paginateDescribeDBClusters({ client: rds, pageSize: 100 }, {})) {
      for (const c of page.DBClusters ?? []) {
        if (!c.DBClusterIdentifier || OTHER_SERVICES.has(c.Engine ?? '')) continue;
        out.push({
          id: c.DBClusterIdentifier,
          arn: c.DBClusterArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:cluster:${c.DBClusterIdentifier}`,
          engine: c.Engine ?? '',
          ...(c.EngineMode ? { engineMode: c.EngineMode } : {}),
          multiAz: Boolean(c.MultiAZ),
          storageEncrypted: Boolean(c.StorageEncrypted),
          ...(c.DBClusterParameterGroup ? { parameterGroup: c.DBClusterParameterGroup } : {}),
          memberCount: c.DBClusterMembers?.length ?? 0,
          tags: tagMap(c.TagList),
        });
      }
    }
    return out;
  },
});

/** The parameters that make an engine refuse unencrypted connections. */
export const SSL_PARAMETERS = ['rds.force_ssl', 'require_secure_transport'] as const;

/** Parameter name -> value (null when the parameter exists but has no value); absent when the group lacks it. */
export type SslSettings = Record<string, string | null>;

export interface SslParameters {
  /** DB parameter group name -> its SSL parameters. Only groups attached to a standalone instance. */
  dbParameterGroups: Record<string, Result<SslSettings>>;
  /** DB cluster parameter group name -> its SSL parameters. Only groups of clusters with instances here. */
  clusterParameterGroups: Record<string, Result<SslSettings>>;
}

async function readGroups(
  ctx: CollectContext,
  names: Set<string>,
  operation: string,
  read: (name: string) => Promise<Array<{ ParameterName?: string; ParameterValue?: string }>>,
): Promise<Record<string, Result<SslSettings>>> {
  const entries = await Promise.all(
    [...names].sort().map(async (name) => {
      const result = await ctx.attempt(operation, async () => {
        const settings: SslSettings = {};
        for (const p of await read(name)) {
          if (p.ParameterName && (SSL_PARAMETERS as readonly string[]).includes(p.ParameterName)) {
            settings[p.ParameterName] = p.ParameterValue ?? null;
          }
        }
        return settings;
      });
      return [name, result] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export const sslParameters = defineFact<SslParameters>({
  id: 'rds.sslParameters',
  service: 'rds',
  scope: 'regional',
  operation: 'rds:DescribeDBParameters',
  async collect(ctx) {
    const { paginateDescribeDBParameters, paginateDescribeDBClusterParameters } = await import('@aws-sdk/client-rds');
    const inst = await ctx.need(instances);
    const rds = await ctx.client('rds');
    // Only the TLS parameters are asked for (the parameter-name filter); the names are checked again
    // here in case an endpoint ignores the filter.
    const Filters = [{ Name: 'parameter-name', Values: [...SSL_PARAMETERS] }];
    const dbGroups = new Set(inst.filter((i) => !i.clusterId).flatMap((i) => i.parameterGroups));
    const clusterIds = new Set(inst.map((i) => i.clusterId).filter((c): c is string => Boolean(c)));
    const clusterGroups = new Set<string>();
    if (clusterIds.size > 0) {
      const cl = await ctx.need(clusters);
      for (const c of cl) if (clusterIds.has(c.id) && c.parameterGroup) clusterGroups.add(c.parameterGroup);
    }
    const [dbParameterGroups, clusterParameterGroups] = await Promise.all([
      readGroups(ctx, dbGroups, 'rds:DescribeDBParameters', async (DBParameterGroupName) => {
        const out = [];
        for await (const page of paginateDescribeDBParameters({ client: rds, pageSize: 100 }, { DBParameterGroupName, Filters })) {
          out.push(...(page.Parameters ?? []));
        }
        return out;
      }),
      readGroups(ctx, clusterGroups, 'rds:DescribeDBClusterParameters', async (DBClusterParameterGroupName) => {
        const out = [];
        for await (const page of paginateDescribeDBClusterParameters({ client: rds, pageSize: 100 }, { DBClusterParameterGroupName, Filters })) {
          out.push(...(page.Parameters ?? []));
        }
        return out;
      }),
    ]);
    return { dbParameterGroups, clusterParameterGroups };
  },
});
