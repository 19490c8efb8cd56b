/**
 * ElastiCache collectors: DescribeCacheClusters (every node-based cluster of the region: Memcached, and
 * the Redis OSS / Valkey nodes, standalone or members of a replication group), DescribeReplicationGroups
 * (Redis OSS / Valkey clusters with replicas or shards) and DescribeCacheSubnetGroups, all paginated
 * regional listings. The listings carry no tags, so the clusters and groups get theirs from
 * ListTagsForResource, one call each; a failed tag read leaves `tags` unset and is not an error of the listing.
 */
import { defineFact, type CollectContext } from '../../core/fact.js';

/** ARN -> tags, for the ARNs whose tags could be read. */
async function tagsByArn(ctx: CollectContext, arns: string[]): Promise<Map<string, Record<string, string>>> {
  const { ListTagsForResourceCommand } = await import('@aws-sdk/client-elasticache');
  const client = await ctx.client('elasticache');
  const out = new Map<string, Record<string, string>>();
  await Promise.all(
    arns.map(async (arn) => {
      const r = await ctx.attempt('elasticache:ListTagsForResource', async () => (await client.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList ?? []);
      if (r.ok) out.set(arn, Object.fromEntries(r.data.filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? ''])));
    }),
  );
  return out;
}

export interface CacheCluster {
  id: string;
  arn: string;
  /** memcached, redis or valkey. */
  engine: string;
  engineVersion?: string;
  status?: string;
  /** Set when the node belongs to a replication group. */
  replicationGroupId?: string;
  subnetGroupName?: string;
  numNodes: number;
  autoMinorVersionUpgrade: boolean;
  snapshotRetentionLimit: number;
  authTokenEnabled: boolean;
  transitEncryptionEnabled: boolean;
  /** 'preferred' (TLS and plain text accepted) or 'required'. */
  transitEncryptionMode?: string;
  atRestEncryptionEnabled: boolean;
  /** Unset when ListTagsForResource failed. */
  tags?: Record<string, string>;
}

export const cacheClusters = defineFact<CacheCluster[]>({
  id: 'elasticache.cacheClusters',
  service: 'elasticache',
  scope: 'regional',
  operation: 'elasticache:DescribeCacheClusters',
  async collect(ctx) {
    const { paginateDescribeCacheClusters } = await import('@aws-sdk/client-elasticache');
    const client = await ctx.client('elasticache');
    const out: CacheCluster[] = [];
    for await (const page of paginateDescribeCacheClusters({ client, pageSize: 100 }, {})) {
      for (const c of page.CacheClusters ?? []) {
        if (!c.CacheClusterId) continue;
        out.push({
          id: c.CacheClusterId,
          arn: c.ARN ?? `arn:${ctx.account.partition}:elasticache:${ctx.region}:${ctx.account.accountId}:cluster:${c.CacheClusterId}`,
          engine: (c.Engine ?? 'redis').toLowerCase(),
          ...(c.EngineVersion ? { engineVersion: c.EngineVersion } : {}),
          ...(c.CacheClusterStatus ? { status: c.CacheClusterStatus } : {}),
          ...(c.ReplicationGroupId ? { replicationGroupId: c.ReplicationGroupId } : {}),
          ...(c.CacheSubnetGroupName ? { subnetGroupName: c.CacheSubnetGroupName } : {}),
          numNodes: c.NumCacheNodes ?? 1,
          autoMinorVersionUpgrade: Boolean(c.AutoMinorVersionUpgrade),
          snapshotRetentionLimit: c.SnapshotRetentionLimit ?? 0,
          authTokenEnabled: Boolean(c.AuthTokenEnabled),
          transitEncryptionEnabled: Boolean(c.TransitEncryptionEnabled),
          ...(c.TransitEncryptionMode ? { transitEncryptionMode: c.TransitEncryptionMode } : {}),
          atRestEncryptionEnabled: Boolean(c.AtRestEncryptionEnabled),
        });
      }
    }
    const tags = await tagsByArn(ctx, out.map((c) => c.arn));
    return out.map((c) => (tags.has(c.arn) ? { ...c, tags: tags.get(c.arn) } : c));
  },
});

export interface ReplicationGroup {
  id: string;
  arn: string;
  /** redis or valkey. */
  engine: string;
  status?: string;
  memberClusters: string[];
  /** 'enabled' or 'disabled'. */
  multiAZ: string;
  /** 'enabled', 'disabled', 'enabling' or 'disabling'. */
  automaticFailover: string;
  clusterEnabled: boolean;
  snapshotRetentionLimit: number;
  atRestEncryptionEnabled: boolean;
  transitEncryptionEnabled: boolean;
  transitEncryptionMode?: string;
  authTokenEnabled: boolean;
  /** RBAC user groups attached to the group. */
  userGroupIds: string[];
  autoMinorVersionUpgrade: boolean;
  /** Unset when ListTagsForResource failed. */
  tags?: Record<string, string>;
}

export const replicationGroups = defineFact<ReplicationGroup[]>({
  id: 'elasticache.replicationGroups',
  service: 'elasticache',
  scope: 'regional',
  operation: 'elasticache:DescribeReplicationGroups',
  async collect(ctx) {
    const { paginateDescribeReplicationGroups } = await import('@aws-sdk/client-elasticache');
    const client = await ctx.client('elasticache');
    const out: ReplicationGroup[] = [];
    for await (const page of paginateDescribeReplicationGroups({ client, pageSize: 100 }, {})) {
      for (const g of page.ReplicationGroups ?? []) {
        if (!g.ReplicationGroupId) continue;
        out.push({
          id: g.ReplicationGroupId,
          arn: g.ARN ?? `arn:${ctx.account.partition}:elasticache:${ctx.region}:${ctx.account.accountId}:replicationgroup:${g.ReplicationGroupId}`,
          engine: (g.Engine ?? 'redis').toLowerCase(),
          ...(g.Status ? { status: g.Status } : {}),
          memberClusters: g.MemberClusters ?? [],
          multiAZ: g.MultiAZ ?? 'disabled',
          automaticFailover: g.AutomaticFailover ?? 'disabled',
          clusterEnabled: Boolean(g.ClusterEnabled),
          snapshotRetentionLimit: g.SnapshotRetentionLimit ?? 0,
          atRestEncryptionEnabled: Boolean(g.AtRestEncryptionEnabled),
          transitEncryptionEnabled: Boolean(g.TransitEncryptionEnabled),
          ...(g.TransitEncryptionMode ? { transitEncryptionMode: g.TransitEncryptionMode } : {}),
          authTokenEnabled: Boolean(g.AuthTokenEnabled),
          userGroupIds: g.UserGroupIds ?? [],
          autoMinorVersionUpgrade: Boolean(g.AutoMinorVersionUpgrade),
        });
      }
    }
    const tags = await tagsByArn(ctx, out.map((g) => g.arn));
    return out.map((g) => (tags.has(g.arn) ? { ...g, tags: tags.get(g.arn) } : g));
  },
});

export interface CacheSubnetGroup {
  name: string;
  arn: string;
  vpcId?: string;
  subnetIds: string[];
}

export const subnetGroups = defineFact<CacheSubnetGroup[]>({
  id: 'elasticache.subnetGroups',
  service: 'elasticache',
  scope: 'regional',
  operation: 'elasticache:DescribeCacheSubnetGroups',
  async collect(ctx) {
    const { paginateDescribeCacheSubnetGroups } = await import('@aws-sdk/client-elasticache');
    const client = await ctx.client('elasticache');
    const out: CacheSubnetGroup[] = [];
    for await (const page of paginateDescribeCacheSubnetGroups({ client, pageSize: 100 }, {})) {
      for (const g of page.CacheSubnetGroups ?? []) {
        if (!g.CacheSubnetGroupName) continue;
        out.push({
          name: g.CacheSubnetGroupName,
          arn: g.ARN ?? `arn:${ctx.account.partition}:elasticache:${ctx.region}:${ctx.account.accountId}:subnetgroup:${g.CacheSubnetGroupName}`,
          ...(g.VpcId ? { vpcId: g.VpcId } : {}),
          subnetIds: (g.Subnets ?? []).flatMap((s) => (s.SubnetIdentifier ? [s.SubnetIdentifier] : [])),
        });
      }
    }
    return out;
  },
});
