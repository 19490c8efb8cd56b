import { defineCheck } from '../../../core/check.js';
import { describeCallError, type CallError } from '../../../core/types.js';
import { listed } from '../../../lib/resource-policy.js';
import { routeTables } from '../../vpc/collectors.js';
import { describeRouting, subnetRouting } from '../../efs/public-subnet.js';
import { cacheClusters, subnetGroups } from '../collectors.js';
import { engineName } from '../shared.js';

const notFound = (operation: string, what: string): CallError => ({ kind: 'Failed', code: 'NotFound', operation, message: `${what} not in the collected list` });

export default defineCheck({
  id: 'elasticache_cluster_uses_public_subnet',
  title: 'ElastiCache clusters are placed only in private subnets',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['internet-exposed'],
  description:
    "Fails each ElastiCache cluster (Memcached, Redis OSS or Valkey node) whose cache subnet group includes a public subnet: one whose route table (its own, else the VPC's main table) sends the IPv4 or IPv6 internet to an internet gateway.",
  risk: 'ElastiCache nodes get no public address, but a node in a public subnet is one misrouted address or security group rule away from the internet, and public subnets usually also host internet-facing hosts that should not share a network with the cache.',
  remediation: {
    text: 'Use a cache subnet group made only of private subnets (no route to an internet gateway). The subnet group of an existing cluster cannot be changed: create the cluster again in a private subnet group (from a backup for Redis OSS / Valkey) and move the clients.',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html',
    cli: 'aws elasticache create-cache-subnet-group --cache-subnet-group-name private-cache --cache-subnet-group-description "private subnets only" --subnet-ids <private-subnet-a> <private-subnet-b>',
    terraform: 'resource "aws_elasticache_subnet_group" "private" {\n  name       = "private-cache"\n  subnet_ids = var.private_subnet_ids\n}\n\nresource "aws_elasticache_replication_group" "example" {\n  # ...\n  subnet_group_name = aws_elasticache_subnet_group.private.name\n}',
    nativeIaC: 'PrivateCacheSubnets:\n  Type: AWS::ElastiCache::SubnetGroup\n  Properties:\n    Description: private subnets only\n    SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\nCacheReplicationGroup:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    CacheSubnetGroupName: !Ref PrivateCacheSubnets',
  },
  uses: [cacheClusters, subnetGroups, routeTables],
  run(ctx) {
    const groupsByRegion = new Map(ctx.regional(subnetGroups).map(({ region, result }) => [region, result]));
    const tablesByRegion = new Map(ctx.regional(routeTables).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(cacheClusters)) {
      for (const c of listed(ctx, region, result, 'ElastiCache clusters')) {
        const resource = { arn: c.arn, id: c.id, region, ...(c.tags ? { tags: c.tags } : {}), details: { engine: c.engine, ...(c.replicationGroupId ? { replicationGroup: c.replicationGroupId } : {}) } };
        const label = `ElastiCache ${engineName(c.engine)} cluster ${c.id}`;
        if (!c.subnetGroupName) {
          ctx.pass(resource, `${label} has no cache subnet group, so it is not placed in any VPC subnet.`);
          continue;
        }
        const groups = groupsByRegion.get(region)!;
        const tables = tablesByRegion.get(region)!;
        const failed = !groups.ok ? groups.error : !tables.ok ? tables.error : undefined;
        if (failed) {
          ctx.error(resource, failed, `Could not tell whether ${label} uses public subnets: ${describeCallError(failed)}.`);
          continue;
        }
        const group = groups.ok ? groups.data.find((g) => g.name === c.subnetGroupName) : undefined;
        if (!group) {
          const e = notFound(subnetGroups.operation, `cache subnet group ${c.subnetGroupName}`);
          ctx.error(resource, e, `Could not evaluate ${label}: its cache subnet group ${c.subnetGroupName} was not found.`);
          continue;
        }
        const routed = group.subnetIds.map((s) => ({ subnet: s, routing: subnetRouting(tables.ok ? tables.data : [], s, group.vpcId) }));
        const unknown = routed.filter((r) => !r.routing.tableId);
        const open = routed.filter((r) => r.routing.publicFamilies.length);
        if (open.length) {
          ctx.fail(resource, `${label} uses public subnet${open.length > 1 ? 's' : ''} of subnet group ${group.name}: ${open.map((r) => `${r.subnet} (${describeRouting(r.routing)})`).join('; ')}.`);
        } else if (unknown.length) {
          const e = notFound(routeTables.operation, `route table of subnet ${unknown.map((r) => r.subnet).join(', ')}`);
          ctx.error(resource, e, `Could not tell whether ${label} uses public subnets: no route table of subnet ${unknown.map((r) => r.subnet).join(', ')} was listed.`);
        } else {
          ctx.pass(resource, `${label} uses only private subnets (subnet group ${group.name}: ${group.subnetIds.join(', ')}).`);
        }
      }
    }
  },
});
