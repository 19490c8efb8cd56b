import { defineCheck } from '../../../core/check.js';
import { cacheClusters, replicationGroups } from '../collectors.js';
import { eachRedisCluster } from '../shared.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_multi_az_enabled',
  title: 'ElastiCache Redis OSS and Valkey clusters are Multi-AZ',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'Passes a Redis OSS or Valkey replication group with Multi-AZ enabled, which keeps replicas in other Availability Zones and promotes one when the primary or its zone fails. A standalone node lives in one zone and fails.',
  risk: 'A cache whose nodes can all be lost with one Availability Zone goes down with that zone; recovering means rebuilding it and warming it from the database.',
  remediation: {
    text: 'Add replicas in other Availability Zones and enable Multi-AZ (which needs automatic failover); move a standalone node to a replication group.',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group-id> --multi-az-enabled --automatic-failover-enabled --apply-immediately',
    terraform: 'resource "aws_elasticache_replication_group" "example" {\n  # ...\n  num_cache_clusters         = 2\n  automatic_failover_enabled = true\n  multi_az_enabled           = true\n}',
    nativeIaC: 'CacheReplicationGroup:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    NumCacheClusters: 2\n    AutomaticFailoverEnabled: true\n    MultiAZEnabled: true',
  },
  uses: [replicationGroups, cacheClusters],
  run(ctx) {
    eachRedisCluster(ctx, (c, resource, label) => {
      if (c.kind === 'node') return ctx.fail(resource, `${label} is a single node in one Availability Zone, so it is not Multi-AZ.`);
      if (c.group.multiAZ === 'enabled') ctx.pass(resource, `${label} has Multi-AZ enabled.`);
      else ctx.fail(resource, `${label} does not have Multi-AZ enabled.`);
    });
  },
});
