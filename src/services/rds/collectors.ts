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
  port?: number;
  masterUsername?: string;
  deletionProtection: boolean;
  /** Days automated backups are kept; 0 means automated backups are off. */
  backupRetentionPeriod: number;
  copyTagsToSnapshot: boolean;
  iamAuth: boolean;
  /** Enhanced Monitoring interval in seconds; 0 when off. */
  monitoringInterval: number;
  /** Log types exported to CloudWatch Logs. */
  cloudwatchLogs: string[];
  /** VPC of the DB subnet group; absent for an EC2-Classic instance. */
  vpcId?: string;
  /** Set when the instance is a read replica of another instance. */
  replicaOf?: string;
  caCertificate?: string;
  /** When the server certificate the instance presents expires (ISO). */
  certificateValidTill?: string;
  /** open-source-rds-extended-support or open-source-rds-extended-support-disabled. */
  engineLifecycleSupport?: string;
  instanceClass?: string;
  /** VPC security groups attached. */
  securityGroups: string[];
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
          ...(i.Endpoint?.Port ?? i.DbInstancePort ? { port: i.Endpoint?.Port ?? i.DbInstancePort } : {}),
          ...(i.MasterUsername ? { masterUsername: i.MasterUsername } : {}),
          deletionProtection: Boolean(i.DeletionProtection),
          backupRetentionPeriod: i.BackupRetentionPeriod ?? 0,
          copyTagsToSnapshot: Boolean(i.CopyTagsToSnapshot),
          iamAuth: Boolean(i.IAMDatabaseAuthenticationEnabled),
          monitoringInterval: i.MonitoringInterval ?? 0,
          cloudwatchLogs: i.EnabledCloudwatchLogsExports ?? [],
          ...(i.DBSubnetGroup?.VpcId ? { vpcId: i.DBSubnetGroup.VpcId } : {}),
          ...(i.ReadReplicaSourceDBInstanceIdentifier ? { replicaOf: i.ReadReplicaSourceDBInstanceIdentifier } : {}),
          ...(i.CACertificateIdentifier ? { caCertificate: i.CACertificateIdentifier } : {}),
          ...(i.CertificateDetails?.ValidTill ? { certificateValidTill: i.CertificateDetails.ValidTill.toISOString() } : {}),
          ...(i.EngineLifecycleSupport ? { engineLifecycleSupport: i.EngineLifecycleSupport } : {}),
          ...(i.DBInstanceClass ? { instanceClass: i.DBInstanceClass } : {}),
          securityGroups: (i.VpcSecurityGroups ?? []).flatMap((g) => (g.VpcSecurityGroupId ? [g.VpcSecurityGroupId] : [])),
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
  // Fields below are always filled by the collector; optional so older saved inventories still load.
  /** Identifiers of the member DB instances. */
  members?: string[];
  engineVersion?: string;
  port?: number;
  masterUsername?: string;
  deletionProtection?: boolean;
  backupRetentionPeriod?: number;
  copyTagsToSnapshot?: boolean;
  iamAuth?: boolean;
  cloudwatchLogs?: string[];
  /** Aurora MySQL backtrack window in seconds; 0 or absent when off. */
  backtrackWindow?: number;
  /** Reported for Multi-AZ DB clusters only (Aurora keeps the flag on each instance). */
  autoMinorVersionUpgrade?: boolean;
  engineLifecycleSupport?: string;
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
          members: (c.DBClusterMembers ?? []).flatMap((m) => (m.DBInstanceIdentifier ? [m.DBInstanceIdentifier] : [])),
          engineVersion: c.EngineVersion ?? '',
          ...(c.Port ? { port: c.Port } : {}),
          ...(c.MasterUsername ? { masterUsername: c.MasterUsername } : {}),
          deletionProtection: Boolean(c.DeletionProtection),
          backupRetentionPeriod: c.BackupRetentionPeriod ?? 0,
          copyTagsToSnapshot: Boolean(c.CopyTagsToSnapshot),
          iamAuth: Boolean(c.IAMDatabaseAuthenticationEnabled),
          cloudwatchLogs: c.EnabledCloudwatchLogsExports ?? [],
          backtrackWindow: c.BacktrackWindow ?? 0,
          ...(c.AutoMinorVersionUpgrade !== undefined ? { autoMinorVersionUpgrade: c.AutoMinorVersionUpgrade } : {}),
          ...(c.EngineLifecycleSupport ? { engineLifecycleSupport: c.EngineLifecycleSupport } : {}),
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

export interface DbSnapshot {
  id: string;
  arn: string;
  /** Instance or cluster the snapshot was taken from. */
  source: string;
  engine: string;
  /** manual, automated, awsbackup, shared, public. */
  type: string;
  encrypted: boolean;
  /**
   * For manual snapshots: whether the restore attribute lists "all" (anyone can copy or restore it), or
   * the error reading the attributes. Automated snapshots cannot be shared and carry no attribute.
   */
  public?: Result<boolean>;
}

type SnapshotAttributes = { AttributeName?: string; AttributeValues?: string[] }[] | undefined;
export const restorableByAll = (attrs: SnapshotAttributes): boolean =>
  (attrs ?? []).some((a) => a.AttributeName === 'restore' && (a.AttributeValues ?? []).includes('all'));

/** DB snapshots owned by the account (DescribeDBSnapshots), with DescribeDBSnapshotAttributes for manual ones. */
export const dbSnapshots = defineFact<DbSnapshot[]>({
  id: 'rds.dbSnapshots',
  service: 'rds',
  scope: 'regional',
  operation: 'rds:DescribeDBSnapshots',
  async collect(ctx) {
    const { paginateDescribeDBSnapshots, DescribeDBSnapshotAttributesCommand } = await import('@aws-sdk/client-rds');
    const rds = await ctx.client('rds');
    const out: DbSnapshot[] = [];
    for await (const page of paginateDescribeDBSnapshots({ client: rds, pageSize: 100 }, {})) {
      for (const s of page.DBSnapshots ?? []) {
        if (!s.DBSnapshotIdentifier || OTHER_SERVICES.has(s.Engine ?? '')) continue;
        out.push({
          id: s.DBSnapshotIdentifier,
          arn: s.DBSnapshotArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:snapshot:${s.DBSnapshotIdentifier}`,
          source: s.DBInstanceIdentifier ?? '',
          engine: s.Engine ?? '',
          type: s.SnapshotType ?? 'manual',
          encrypted: Boolean(s.Encrypted),
        });
      }
    }
    await Promise.all(
      out
        .filter((s) => s.type === 'manual')
        .map(async (s) => {
          s.public = await ctx.attempt('rds:DescribeDBSnapshotAttributes', async () =>
            restorableByAll((await rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.id }))).DBSnapshotAttributesResult?.DBSnapshotAttributes),
          );
        }),
    );
    return out;
  },
});

/** DB cluster snapshots (Aurora and Multi-AZ DB clusters), with DescribeDBClusterSnapshotAttributes for manual ones. */
export const clusterSnapshots = defineFact<DbSnapshot[]>({
  id: 'rds.clusterSnapshots',
  service: 'rds',
  scope: 'regional',
  operation: 'rds:DescribeDBClusterSnapshots',
  async collect(ctx) {
    const { paginateDescribeDBClusterSnapshots, DescribeDBClusterSnapshotAttributesCommand } = await import('@aws-sdk/client-rds');
    const rds = await ctx.client('rds');
    const out: DbSnapshot[] = [];
    for await (const page of paginateDescribeDBClusterSnapshots({ client: rds, pageSize: 100 }, {})) {
      for (const s of page.DBClusterSnapshots ?? []) {
        if (!s.DBClusterSnapshotIdentifier || OTHER_SERVICES.has(s.Engine ?? '')) continue;
        out.push({
          id: s.DBClusterSnapshotIdentifier,
          arn: s.DBClusterSnapshotArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:cluster-snapshot:${s.DBClusterSnapshotIdentifier}`,
          source: s.DBClusterIdentifier ?? '',
          engine: s.Engine ?? '',
          type: s.SnapshotType ?? 'manual',
          encrypted: Boolean(s.StorageEncrypted),
        });
      }
    }
    await Promise.all(
      out
        .filter((s) => s.type === 'manual')
        .map(async (s) => {
          s.public = await ctx.attempt('rds:DescribeDBClusterSnapshotAttributes', async () =>
            restorableByAll(
              (await rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: s.id }))).DBClusterSnapshotAttributesResult
                ?.DBClusterSnapshotAttributes,
            ),
          );
        }),
    );
    return out;
  },
});

export interface EventSubscription {
  name: string;
  arn: string;
  enabled: boolean;
  /** db-instance, db-cluster, db-parameter-group, db-security-group, db-snapshot, ...; absent = all sources. */
  sourceType?: string;
  /** Empty means every source of the type. */
  sourceIds: string[];
  /** Empty means every category. */
  categories: string[];
  topicArn?: string;
}

export const eventSubscriptions = defineFact<EventSubscription[]>({
  id: 'rds.eventSubscriptions',
  service: 'rds',
  scope: 'regional',
  operation: 'rds:DescribeEventSubscriptions',
  async collect(ctx) {
    const { paginateDescribeEventSubscriptions } = await import('@aws-sdk/client-rds');
    const rds = await ctx.client('rds');
    const out: EventSubscription[] = [];
    for await (const page of paginateDescribeEventSubscriptions({ client: rds, pageSize: 100 }, {})) {
      for (const e of page.EventSubscriptionsList ?? []) {
        if (!e.CustSubscriptionId) continue;
        out.push({
          name: e.CustSubscriptionId,
          arn: e.EventSubscriptionArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:es:${e.CustSubscriptionId}`,
          enabled: Boolean(e.Enabled),
          ...(e.SourceType ? { sourceType: e.SourceType } : {}),
          sourceIds: e.SourceIdsList ?? [],
          categories: e.EventCategoriesList ?? [],
          ...(e.SnsTopicArn ? { topicArn: e.SnsTopicArn } : {}),
        });
      }
    }
    return out;
  },
});

export interface EngineVersions {
  /** engine -> the versions RDS still offers (DescribeDBEngineVersions, all statuses but deprecated). */
  [engine: string]: Result<string[]>;
}

/**
 * The engine versions RDS still offers, for each engine used by an instance or cluster of the region
 * (one paginated DescribeDBEngineVersions per engine).
 */
export const engineVersions = defineFact<EngineVersions>({
  id: 'rds.engineVersions',
  service: 'rds',
  scope: 'regional',
  operation: 'rds:DescribeDBEngineVersions',
  async collect(ctx) {
    const { paginateDescribeDBEngineVersions } = await import('@aws-sdk/client-rds');
    const rds = await ctx.client('rds');
    const [inst, cl] = await Promise.all([ctx.need(instances), ctx.need(clusters)]);
    const engines = [...new Set([...inst.map((i) => i.engine), ...cl.map((c) => c.engine)].filter(Boolean))].sort();
    const entries = await Promise.all(
      engines.map(async (Engine) => {
        const r = await ctx.attempt('rds:DescribeDBEngineVersions', async () => {
          const versions: string[] = [];
          for await (const page of paginateDescribeDBEngineVersions({ client: rds, pageSize: 100 }, { Engine })) {
            for (const v of page.DBEngineVersions ?? []) if (v.EngineVersion && v.Status !== 'deprecated') versions.push(v.EngineVersion);
          }
          return versions;
        });
        return [Engine, r] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
