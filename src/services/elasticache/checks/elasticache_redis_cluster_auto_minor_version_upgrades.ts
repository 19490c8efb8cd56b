import { defineCheck } from '../../../core/check.js';
import { cacheClusters, replicationGroups } from '../collectors.js';
import { eachRedisCluster, settingsOf } from '../shared.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_auto_minor_version_upgrades',
  title: 'ElastiCache Redis OSS and Valkey clusters apply minor engine upgrades automatically',
  service: 'elasticache',
  severity: 'high',
  resourceType: 'Other',
  categories: ['vulnerabilities'],
  description:
    'Passes each Redis OSS or Valkey replication group, and each standalone Redis OSS or Valkey node, that has automatic minor version upgrades turned on, so ElastiCache applies new minor engine versions in the maintenance window.',
  risk: 'Minor engine versions carry security and stability fixes; a cache that never takes them keeps known vulnerabilities until someone upgrades it by hand.',
  remediation: {
    text: 'Turn on automatic minor version upgrades and pick a maintenance window that suits the workload.',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group-id> --auto-minor-version-upgrade --apply-immediately',
    terraform: 'resource "aws_elasticache_replication_group" "example" {\n  # ...\n  auto_minor_version_upgrade = true\n  maintenance_window         = "sun:05:00-sun:06:00"\n}',
    nativeIaC: 'CacheReplicationGroup:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    AutoMinorVersionUpgrade: true\n    PreferredMaintenanceWindow: sun:05:00-sun:06:00',
  },
  uses: [replicationGroups, cacheClusters],
  run(ctx) {
    eachRedisCluster(ctx, (c, resource, label) => {
      if (settingsOf(c).autoMinorVersionUpgrade) ctx.pass(resource, `${label} applies minor version upgrades automatically.`);
      else ctx.fail(resource, `${label} does not apply minor version upgrades automatically.`);
    });
  },
});
