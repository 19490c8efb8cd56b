import { defineCheck } from '../../../core/check.js';
import { cacheClusters, replicationGroups } from '../collectors.js';
import { eachRedisCluster } from '../shared.js';

export default defineCheck({
  id: 'elasticache_redis_replication_group_auth_enabled',
  title: 'ElastiCache Redis OSS and Valkey clusters require clients to authenticate',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['identity-access'],
  description:
    'Passes a Redis OSS or Valkey replication group that requires authentication, either with an AUTH token or with role-based access control (an RBAC user group attached), whatever the engine version; standalone nodes are judged on their AUTH token. Prowler only judges engines before 6.0 and reports the others as MANUAL; prowl treats an attached user group as authentication and fails clusters with neither. The users inside the group (a default user without a password, for example) are not read.',
  risk: 'Without AUTH or RBAC, any host that can reach the cache port can read, change or flush every key, and run administrative commands.',
  remediation: {
    text: 'Attach an RBAC user group whose default user is disabled or has a password (Redis OSS 6 and later, Valkey), or set an AUTH token; both need in-transit encryption.',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group-id> --user-group-ids-to-add <user-group-id> --apply-immediately',
    terraform: 'resource "aws_elasticache_replication_group" "example" {\n  # ...\n  transit_encryption_enabled = true\n  user_group_ids             = [aws_elasticache_user_group.app.id]\n}',
    nativeIaC: 'CacheReplicationGroup:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    TransitEncryptionEnabled: true\n    UserGroupIds:\n      - !Ref AppUserGroup',
  },
  uses: [replicationGroups, cacheClusters],
  run(ctx) {
    eachRedisCluster(ctx, (c, resource, label) => {
      const groups = c.kind === 'group' ? c.group.userGroupIds : [];
      const token = c.kind === 'group' ? c.group.authTokenEnabled : c.node.authTokenEnabled;
      if (groups.length) ctx.pass(resource, `${label} uses role-based access control (user group ${groups.join(', ')}).`);
      else if (token) ctx.pass(resource, `${label} requires an AUTH token.`);
      else ctx.fail(resource, `${label} accepts clients without authentication: it has neither an AUTH token nor an RBAC user group.`);
    });
  },
});
