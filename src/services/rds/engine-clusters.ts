/**
 * One reader for the services that share the RDS control plane but have their own API and engine: Neptune
 * (engine "neptune") and DocumentDB (engine "docdb"). DescribeDBClusters and DescribeDBClusterSnapshots
 * filtered to the engine, DescribeDBClusterSnapshotAttributes for each manual snapshot, and
 * DescribeDBSubnetGroups. Each service passes its SDK module, its client name and the fields only it reads.
 */
import { defineFact, type Fact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { restorableByAll } from './collectors.js';

export interface EngineCluster {
  id: string;
  arn: string;
  engine: string;
  backupRetentionPeriod: number;
  deletionProtection: boolean;
  cloudwatchLogs: string[];
  multiAz: boolean;
  storageEncrypted: boolean;
  dbSubnetGroup?: string;
  memberCount: number;
}

export interface EngineClusterSnapshot {
  id: string;
  arn: string;
  source: string;
  type: string;
  encrypted: boolean;
  /** Manual snapshots: restorable by "all", or the error reading the attributes. */
  public?: Result<boolean>;
}

export interface DbSubnetGroup {
  name: string;
  arn: string;
  vpcId?: string;
  subnetIds: string[];
}

/** The fields of a DBCluster that are read (the Neptune and DocumentDB shapes agree on them). */
export interface ClusterShape {
  DBClusterIdentifier?: string;
  DBClusterArn?: string;
  Engine?: string;
  BackupRetentionPeriod?: number;
  CopyTagsToSnapshot?: boolean;
  DeletionProtection?: boolean;
  IAMDatabaseAuthenticationEnabled?: boolean;
  EnabledCloudwatchLogsExports?: string[];
  MultiAZ?: boolean;
  StorageEncrypted?: boolean;
  DBSubnetGroup?: string;
  DBClusterMembers?: unknown[];
}

interface SnapshotShape {
  DBClusterSnapshotIdentifier?: string;
  DBClusterSnapshotArn?: string;
  DBClusterIdentifier?: string;
  Engine?: string;
  SnapshotType?: string;
  StorageEncrypted?: boolean;
}

/** An SDK v3 client of either service. */
interface SendClient {
  send(command: unknown): Promise<unknown>;
}

type Paginate<P> = (config: { client: SendClient; pageSize: number }, input: { Filters?: Array<{ Name: string; Values: string[] }> }) => AsyncIterable<P>;

/** What the readers need of an SDK module (@aws-sdk/client-neptune, @aws-sdk/client-docdb). */
export interface EngineApi {
  paginateDescribeDBClusters: Paginate<{ DBClusters?: ClusterShape[] }>;
  paginateDescribeDBClusterSnapshots: Paginate<{ DBClusterSnapshots?: SnapshotShape[] }>;
  paginateDescribeDBSubnetGroups: Paginate<{ DBSubnetGroups?: Array<{ DBSubnetGroupName?: string; DBSubnetGroupArn?: string; VpcId?: string; Subnets?: Array<{ SubnetIdentifier?: string }> }> }>;
  DescribeDBClusterSnapshotAttributesCommand: new (input: { DBClusterSnapshotIdentifier: string }) => unknown;
}

interface EngineSpec<S extends 'neptune' | 'docdb', X> {
  /** Fact id prefix: "neptune", "documentdb". */
  prefix: string;
  service: S;
  engine: string;
  api: () => Promise<EngineApi>;
  /** The engine's own cluster fields. */
  extra: (c: ClusterShape) => X;
}

interface SnapshotAttributesResult {
  DBClusterSnapshotAttributesResult?: { DBClusterSnapshotAttributes?: Array<{ AttributeName?: string; AttributeValues?: string[] }> };
}

export function engineClusterFacts<S extends 'neptune' | 'docdb', X extends object>(spec: EngineSpec<S, X>): {
  clusters: Fact<Array<EngineCluster & X>>;
  clusterSnapshots: Fact<EngineClusterSnapshot[]>;
  subnetGroups: Fact<DbSubnetGroup[]>;
} {
  const { engine, service } = spec;
  const filter = { Filters: [{ Name: 'engine', Values: [engine] }] };
  const clientOf = async (ctx: { client: (s: S) => Promise<unknown> }): Promise<SendClient> => (await ctx.client(service)) as SendClient;

  const clusters = defineFact<Array<EngineCluster & X>>({
    id: `${spec.prefix}.clusters`,
    service,
    scope: 'regional',
    operation: 'rds:DescribeDBClusters',
    async collect(ctx) {
      const api = await spec.api();
      const client = await clientOf(ctx);
      const out: Array<EngineCluster & X> = [];
      for await (const page of api.paginateDescribeDBClusters({ client, pageSize: 100 }, filter)) {
        for (const c of page.DBClusters ?? []) {
          if (!c.DBClusterIdentifier || (c.Engine && c.Engine !== engine)) continue;
          out.push({
            id: c.DBClusterIdentifier,
            arn: c.DBClusterArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:cluster:${c.DBClusterIdentifier}`,
            engine: c.Engine ?? engine,
            backupRetentionPeriod: c.BackupRetentionPeriod ?? 0,
            ...spec.extra(c),
            deletionProtection: Boolean(c.DeletionProtection),
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

  const clusterSnapshots = defineFact<EngineClusterSnapshot[]>({
    id: `${spec.prefix}.clusterSnapshots`,
    service,
    scope: 'regional',
    operation: 'rds:DescribeDBClusterSnapshots',
    async collect(ctx) {
      const api = await spec.api();
      const client = await clientOf(ctx);
      const out: EngineClusterSnapshot[] = [];
      for await (const page of api.paginateDescribeDBClusterSnapshots({ client, pageSize: 100 }, filter)) {
        for (const s of page.DBClusterSnapshots ?? []) {
          if (!s.DBClusterSnapshotIdentifier || (s.Engine && s.Engine !== engine)) continue;
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
              const res = (await client.send(new api.DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: s.id }))) as SnapshotAttributesResult;
              return restorableByAll(res.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes);
            });
          }),
      );
      return out;
    },
  });

  const subnetGroups = defineFact<DbSubnetGroup[]>({
    id: `${spec.prefix}.subnetGroups`,
    service,
    scope: 'regional',
    operation: 'rds:DescribeDBSubnetGroups',
    async collect(ctx) {
      const api = await spec.api();
      const client = await clientOf(ctx);
      const out: DbSubnetGroup[] = [];
      for await (const page of api.paginateDescribeDBSubnetGroups({ client, pageSize: 100 }, {})) {
        for (const g of page.DBSubnetGroups ?? []) {
          if (!g.DBSubnetGroupName) continue;
          out.push({
            name: g.DBSubnetGroupName,
            arn: g.DBSubnetGroupArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.accountId}:subgrp:${g.DBSubnetGroupName}`,
            ...(g.VpcId ? { vpcId: g.VpcId } : {}),
            subnetIds: (g.Subnets ?? []).flatMap((s) => (s.SubnetIdentifier ? [s.SubnetIdentifier] : [])),
          });
        }
      }
      return out;
    },
  });

  return { clusters, clusterSnapshots, subnetGroups };
}
