import { defineCheck } from '../../../core/check.js';
import { cacheClusters, replicationGroups } from '../collectors.js';
import { eachRedisCluster, settingsOf } from '../shared.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_backup_enabled',
  title: 'ElastiCache Redis OSS and Valkey clusters keep automatic backups long enough',
  service: 'elasticache',
  severity: 'high',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'Passes each Redis OSS or Valkey replication group, and each standalone node, whose automatic backups are kept for at least minimum_snapshot_retention_period days (7 unless the config file says otherwise). A retention of 0 means no automatic backups.',
  risk: 'Without automatic backups, or with too few days of them, data lost to a failure, a bad deployment or a FLUSHALL cannot be restored to a recent enough point.',
  remediation: {
    text: 'Set the snapshot retention limit to at least the required number of days and choose a backup window outside peak load.',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group-id> --snapshot-retention-limit 7 --snapshot-window 03:00-04:00 --apply-immediately',
    terraform: 'resource "aws_elasticache_replication_group" "example" {\n  # ...\n  snapshot_retention_limit = 7\n  snapshot_window          = "03:00-04:00"\n}',
    nativeIaC: 'CacheReplicationGroup:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    SnapshotRetentionLimit: 7\n    SnapshotWindow: 03:00-04:00',
  },
  params: { minimum_snapshot_retention_period: 7 },
  uses: [replicationGroups, cacheClusters],
  run(ctx) {
    const minimum = Number(ctx.params.minimum_snapshot_retention_period);
    eachRedisCluster(ctx, (c, resource, label) => {
      const days = settingsOf(c).snapshotRetentionLimit;
      if (days <= 0) ctx.fail(resource, `${label} has no automatic backups.`);
      else if (days < minimum) ctx.fail(resource, `${label} keeps automatic backups for ${days} day${days === 1 ? '' : 's'}, fewer than the required ${minimum}.`);
      else ctx.pass(resource, `${label} keeps automatic backups for ${days} days (at least ${minimum} required).`);
    });
  },
});
