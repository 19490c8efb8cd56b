import { defineCheck } from '../../../core/check.js';
import { cacheClusters, replicationGroups } from '../collectors.js';
import { eachRedisCluster, settingsOf } from '../shared.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_in_transit_encryption_enabled',
  title: 'ElastiCache Redis OSS and Valkey clusters require TLS',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['encryption'],
  description:
    'Passes each Redis OSS or Valkey replication group, and each standalone node, with in-transit encryption enabled in "required" mode. The "preferred" mode, meant for migrating, still accepts plain-text connections and fails here (Prowler passes it).',
  risk: 'Without TLS, or with plain text still accepted, cached data, commands and AUTH tokens cross the network readable and changeable by anyone who can observe the traffic.',
  remediation: {
    text: 'Enable in-transit encryption (first in preferred mode while clients move to TLS), then set the transit encryption mode to required.',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group-id> --transit-encryption-enabled --transit-encryption-mode required --apply-immediately',
    terraform: 'resource "aws_elasticache_replication_group" "example" {\n  # ...\n  transit_encryption_enabled = true\n  transit_encryption_mode    = "required"\n}',
    nativeIaC: 'CacheReplicationGroup:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    TransitEncryptionEnabled: true\n    TransitEncryptionMode: required',
  },
  uses: [replicationGroups, cacheClusters],
  run(ctx) {
    eachRedisCluster(ctx, (c, resource, label) => {
      const s = settingsOf(c);
      if (!s.transitEncryptionEnabled) ctx.fail(resource, `${label} does not encrypt connections in transit.`);
      else if (s.transitEncryptionMode === 'preferred') ctx.fail(resource, `${label} has in-transit encryption in preferred mode, so it still accepts plain-text connections.`);
      else ctx.pass(resource, `${label} requires TLS for connections.`);
    });
  },
});
