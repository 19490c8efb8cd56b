import { defineCheck } from '../../../core/check.js';
import { cacheClusters, replicationGroups } from '../collectors.js';
import { eachRedisCluster, settingsOf } from '../shared.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_rest_encryption_enabled',
  title: 'ElastiCache Redis OSS and Valkey clusters are encrypted at rest',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['encryption'],
  description:
    'Passes each Redis OSS or Valkey replication group, and each standalone node, with encryption at rest enabled, which covers data on disk during synchronization and swap and the backups stored in Amazon S3.',
  risk: 'Without encryption at rest, cached data written to disk and every backup of it are stored unencrypted, outside the control of a KMS key policy.',
  remediation: {
    text: 'Encryption at rest is chosen when the cluster is created: take a backup, restore it into a new replication group with encryption at rest (optionally with a customer managed KMS key), move the clients and delete the old cluster.',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
    cli: 'aws elasticache create-replication-group --replication-group-id <new-group-id> --replication-group-description <text> --snapshot-name <backup-name> --at-rest-encryption-enabled --kms-key-id <kms-key-arn>',
    terraform: 'resource "aws_elasticache_replication_group" "example" {\n  # ...\n  at_rest_encryption_enabled = true\n  kms_key_id                 = aws_kms_key.cache.arn\n}',
    nativeIaC: 'CacheReplicationGroup:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    AtRestEncryptionEnabled: true\n    KmsKeyId: !Ref CacheKey',
  },
  uses: [replicationGroups, cacheClusters],
  run(ctx) {
    eachRedisCluster(ctx, (c, resource, label) => {
      if (settingsOf(c).atRestEncryptionEnabled) ctx.pass(resource, `${label} is encrypted at rest.`);
      else ctx.fail(resource, `${label} is not encrypted at rest.`);
    });
  },
});
