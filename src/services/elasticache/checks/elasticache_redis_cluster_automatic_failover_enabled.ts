import { defineCheck } from '../../../core/check.js';
import { cacheClusters, replicationGroups } from '../collectors.js';
import { eachRedisCluster } from '../shared.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_automatic_failover_enabled',
  title: 'ElastiCache Redis OSS and Valkey clusters fail over to a replica automatically',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'Passes a Redis OSS or Valkey replication group whose automatic failover is enabled (or being enabled), so a replica is promoted when the primary fails. A standalone node has no replica to promote and fails.',
  risk: 'Without automatic failover, the loss of the primary node stops all writes until someone intervenes, and the applications that depend on the cache fail or fall back to the database under full load.',
  remediation: {
    text: 'Give the cluster at least one replica and enable automatic failover; move a standalone node to a replication group with a replica.',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group-id> --automatic-failover-enabled --apply-immediately',
    terraform: 'resource "aws_elasticache_replication_group" "example" {\n  # ...\n  num_cache_clusters         = 2\n  automatic_failover_enabled = true\n}',
    nativeIaC: 'CacheReplicationGroup:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    NumCacheClusters: 2\n    AutomaticFailoverEnabled: true',
  },
  uses: [replicationGroups, cacheClusters],
  run(ctx) {
    eachRedisCluster(ctx, (c, resource, label) => {
      if (c.kind === 'node') return ctx.fail(resource, `${label} is a single node without replicas, so it cannot fail over.`);
      const state = c.group.automaticFailover;
      if (state === 'enabled' || state === 'enabling') ctx.pass(resource, `${label} has automatic failover ${state === 'enabled' ? 'enabled' : 'being enabled'}.`);
      else ctx.fail(resource, `${label} has automatic failover ${state === 'disabling' ? 'being disabled' : 'disabled'}.`);
    });
  },
});
