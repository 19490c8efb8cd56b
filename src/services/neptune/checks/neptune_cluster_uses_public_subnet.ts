import { defineCheck } from '../../../core/check.js';
import type { CallError } from '../../../core/types.js';
import { internetRoute, routeTableFor } from '../../../lib/network/reachability.js';
import { eachListed } from '../../rds/listing.js';
import { routeTables } from '../../vpc/collectors.js';
import { clusters, subnetGroups } from '../collectors.js';

const notFound = (operation: string, message: string): CallError => ({ kind: 'Failed', code: 'NotFound', operation, message });

export default defineCheck({
  id: 'neptune_cluster_uses_public_subnet',
  title: 'Neptune clusters are placed only in private subnets',
  service: 'neptune',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ['internet-exposed', 'trust-boundaries'],
  description:
    'Fails each Neptune cluster whose DB subnet group holds a public subnet: one whose route table (its own, else the main table of the VPC) sends the internet, IPv4 or IPv6, ' +
    'to an internet gateway by longest prefix match over active routes.',
  risk: 'Instances placed in a public subnet sit one route and one security group rule away from the internet; a graph database belongs in subnets with no internet gateway route.',
  remediation: {
    text: 'Give the cluster a DB subnet group made only of private subnets (no route to an internet gateway); moving a cluster to another subnet group means restoring it from a snapshot into the new group.',
    url: 'https://docs.aws.amazon.com/neptune/latest/userguide/get-started-vpc.html',
    cli: 'aws neptune create-db-subnet-group --db-subnet-group-name private --db-subnet-group-description "private subnets" --subnet-ids <private-subnet-a> <private-subnet-b>',
    nativeIaC: 'PrivateSubnetGroup:\n  Type: AWS::Neptune::DBSubnetGroup\n  Properties:\n    DBSubnetGroupDescription: Private subnets only\n    SubnetIds:\n      - !Ref PrivateSubnetA\n      - !Ref PrivateSubnetB\nGraph:\n  Type: AWS::Neptune::DBCluster\n  Properties:\n    # ...\n    DBSubnetGroupName: !Ref PrivateSubnetGroup',
    terraform: 'resource "aws_neptune_subnet_group" "private" {\n  name       = "private"\n  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n}\n\nresource "aws_neptune_cluster" "graph" {\n  # ...\n  neptune_subnet_group_name = aws_neptune_subnet_group.private.name\n}',
  },
  uses: [clusters, subnetGroups, routeTables],
  run(ctx) {
    const groups = new Map(ctx.regional(subnetGroups).map(({ region, result }) => [region, result]));
    const tables = new Map(ctx.regional(routeTables).map(({ region, result }) => [region, result]));
    eachListed(ctx, clusters, 'Neptune clusters', (x, resource, region) => {
      const L = `Neptune cluster ${x.id}`;
      const g = groups.get(region);
      if (!g?.ok) return ctx.error(resource, g?.error ?? notFound(subnetGroups.operation, 'subnet groups not collected'));
      const group = g.data.find((s) => s.name === x.dbSubnetGroup);
      if (!group) return ctx.error(resource, notFound(subnetGroups.operation, `DB subnet group ${x.dbSubnetGroup ?? '(none)'} not in the collected list`), `Could not evaluate ${L}: its DB subnet group ${x.dbSubnetGroup ?? '(none)'} was not in the answer of ${subnetGroups.operation}.`);
      const t = tables.get(region);
      if (!t?.ok) return ctx.error(resource, t?.error ?? notFound(routeTables.operation, 'route tables not collected'));
      const publicSubnets: string[] = [];
      for (const subnet of group.subnetIds) {
        const table = routeTableFor(t.data, subnet, group.vpcId);
        if (!table) return ctx.error(resource, notFound(routeTables.operation, `route table of ${subnet} not in the collected list`), `Could not evaluate ${L}: the route table of subnet ${subnet} was not in the answer of ${routeTables.operation}.`);
        if (internetRoute(table, 4).routed || internetRoute(table, 6).routed) publicSubnets.push(`${subnet} (route table ${table.id})`);
      }
      if (publicSubnets.length) ctx.fail(resource, `${L} uses public subnets in DB subnet group ${group.name}: ${publicSubnets.join(', ')} route the internet to an internet gateway.`);
      else ctx.pass(resource, `${L} uses only private subnets (DB subnet group ${group.name}, ${group.subnetIds.length} subnet${group.subnetIds.length === 1 ? '' : 's'}).`);
    });
  },
});
