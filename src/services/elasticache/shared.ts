/**
 * What the Redis OSS / Valkey checks share. A "Redis cluster" in ElastiCache is either a replication group
 * (a primary with replicas, or shards) or a standalone node created as a cache cluster without one.
 * Prowler's checks look only at replication groups; prowl also judges standalone Redis OSS / Valkey nodes,
 * which hold data just the same (and can never fail over or be Multi-AZ). Memcached is not Redis and is
 * left out; the nodes that belong to a replication group are judged through their group.
 */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { listed } from '../../lib/resource-policy.js';
import { cacheClusters, replicationGroups, type CacheCluster, type ReplicationGroup } from './collectors.js';

export const isRedisEngine = (engine: string): boolean => engine === 'redis' || engine === 'valkey';

export const engineName = (engine: string): string => ({ valkey: 'Valkey', redis: 'Redis OSS', memcached: 'Memcached' })[engine] ?? engine;

export type RedisCluster = { kind: 'group'; group: ReplicationGroup } | { kind: 'node'; node: CacheCluster };

/** The settings both kinds have, under one name. */
export interface RedisSettings {
  autoMinorVersionUpgrade: boolean;
  snapshotRetentionLimit: number;
  atRestEncryptionEnabled: boolean;
  transitEncryptionEnabled: boolean;
  transitEncryptionMode?: string;
  authTokenEnabled: boolean;
}

export const settingsOf = (c: RedisCluster): RedisSettings => (c.kind === 'group' ? c.group : c.node);

/** "ElastiCache replication group sessions (Valkey)" or "ElastiCache standalone Redis OSS node cache-1". */
export const redisLabel = (c: RedisCluster): string =>
  c.kind === 'group' ? `ElastiCache replication group ${c.group.id} (${engineName(c.group.engine)})` : `ElastiCache standalone ${engineName(c.node.engine)} node ${c.node.id}`;

/**
 * Every replication group and standalone Redis OSS / Valkey node of every scanned region. A region whose
 * replication groups or cache clusters could not be listed gets one ERROR for the account there per
 * failed listing, naming the call; what was listed is still judged.
 */
export function eachRedisCluster(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  visit: (c: RedisCluster, resource: ResourceRef, label: string) => void,
): void {
  const nodesByRegion = new Map(ctx.regional(cacheClusters).map(({ region, result }) => [region, result]));
  for (const { region, result } of ctx.regional(replicationGroups)) {
    for (const group of listed(ctx, region, result, 'ElastiCache replication groups')) {
      const c: RedisCluster = { kind: 'group', group };
      visit(c, { arn: group.arn, id: group.id, region, ...(group.tags ? { tags: group.tags } : {}), details: { engine: group.engine } }, redisLabel(c));
    }
    const nodes = listed(ctx, region, nodesByRegion.get(region)!, 'ElastiCache clusters');
    for (const node of nodes.filter((n) => isRedisEngine(n.engine) && !n.replicationGroupId)) {
      const c: RedisCluster = { kind: 'node', node };
      visit(c, { arn: node.arn, id: node.id, region, ...(node.tags ? { tags: node.tags } : {}), details: { engine: node.engine, standalone: true } }, redisLabel(c));
    }
  }
}
