import { defineCheck } from '../../../core/check.js';
import type { CallError } from '../../../core/types.js';
import { listed } from '../../../lib/resource-policy.js';
import { internetRoute, routeTableFor } from '../../../lib/network/reachability.js';
import { routeTables, subnets, type RouteTable } from '../../vpc/collectors.js';
import { workspaces } from '../collectors.js';

type Kind = 'public' | 'private-nat' | 'private';

/** A subnet's role from its route table: an internet gateway route makes it public; a default route to a NAT gateway gives a private subnet internet access. */
function subnetKind(tables: RouteTable[], subnetId: string, vpcId: string | undefined): Kind {
  const id = routeTableFor(tables, subnetId, vpcId)?.id;
  const table = tables.find((t) => t.id === id);
  if (!table) return 'private';
  if (internetRoute(table, 4).routed) return 'public';
  const nat = table.routes.some((r) => r.natGatewayId && r.destinationCidr === '0.0.0.0/0' && (r.state ?? 'active') === 'active');
  return nat ? 'private-nat' : 'private';
}

const notCollected = (operation: string, what: string): CallError => ({ kind: 'Failed', code: 'NotFound', operation, message: `${what} not in the collected list` });

export default defineCheck({
  id: 'workspaces_vpc_2private_1public_subnets_nat',
  title: 'WorkSpaces sit in private subnets that reach the internet through a NAT gateway',
  service: 'workspaces',
  severity: 'high',
  resourceType: 'Other',
  categories: ['trust-boundaries', 'internet-exposed'],
  description:
    'Follows the VPC layout AWS recommends for WorkSpaces: the WorkSpace\'s subnet is private (no route to an internet gateway) and sends its default route to a NAT gateway, and its VPC has at least two private subnets (WorkSpaces and their directory need two Availability Zones) and at least one public subnet for the NAT gateway. Subnets are classified from their route tables (the explicit association, else the main table).',
  risk:
    'A WorkSpace in a public subnet is one security group rule away from being reachable from the internet; one without a NAT path cannot reach the updates and services it needs, which pushes administrators to give it a public address.',
  remediation: {
    text: 'Register the directory with two private subnets in different Availability Zones whose route tables send 0.0.0.0/0 to a NAT gateway placed in a public subnet, and rebuild or migrate WorkSpaces that run in public subnets.',
    url: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/amazon-workspaces-vpc.html',
    cli: 'aws ec2 create-route --route-table-id <private-route-table-id> --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-gateway-id>',
    nativeIaC:
      'Resources:\n  NatAddress:\n    Type: AWS::EC2::EIP\n    Properties:\n      Domain: vpc\n  Nat:\n    Type: AWS::EC2::NatGateway\n    Properties:\n      SubnetId: <public-subnet-id>\n      AllocationId: !GetAtt NatAddress.AllocationId\n  PrivateDefaultRoute:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: <private-route-table-id>\n      DestinationCidrBlock: 0.0.0.0/0\n      NatGatewayId: !Ref Nat',
    terraform:
      'resource "aws_nat_gateway" "nat" {\n  subnet_id     = aws_subnet.public.id\n  allocation_id = aws_eip.nat.id\n}\n\nresource "aws_route" "private_default" {\n  route_table_id         = aws_route_table.private.id\n  destination_cidr_block = "0.0.0.0/0"\n  nat_gateway_id         = aws_nat_gateway.nat.id\n}',
  },
  uses: [workspaces, subnets, routeTables],
  run(ctx) {
    const subnetsBy = new Map(ctx.regional(subnets).map(({ region, result }) => [region, result]));
    const tablesBy = new Map(ctx.regional(routeTables).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(workspaces)) {
      for (const w of listed(ctx, region, result, 'WorkSpaces')) {
        const resource = { arn: w.arn, id: w.id, name: w.userName ? `${w.id} (${w.userName})` : w.id, region };
        const subs = subnetsBy.get(region)!;
        const tables = tablesBy.get(region)!;
        if (!subs.ok || !tables.ok) {
          ctx.error(resource, !subs.ok ? subs.error : (tables as { ok: false; error: CallError }).error);
          continue;
        }
        if (!w.subnetId) {
          // A WorkSpace still being created has no subnet yet.
          ctx.manual(resource, `WorkSpace ${w.id} reports no subnet yet: its network placement is judged once it is provisioned.`);
          continue;
        }
        const own = subs.data.find((s) => s.id === w.subnetId);
        if (!own) {
          const error = notCollected(subnets.operation, `subnet ${w.subnetId}`);
          ctx.error(resource, error, `Could not evaluate WorkSpace ${w.id}: its subnet ${w.subnetId} was not found.`);
          continue;
        }
        const inVpc = subs.data.filter((s) => s.vpcId === own.vpcId);
        const kinds = new Map(inVpc.map((s) => [s.id, subnetKind(tables.data, s.id, s.vpcId)]));
        const publicCount = [...kinds.values()].filter((k) => k === 'public').length;
        const privateCount = inVpc.length - publicCount;
        const problems: string[] = [];
        const ownKind = kinds.get(own.id)!;
        if (ownKind === 'public') problems.push(`its subnet ${own.id} routes to an internet gateway`);
        else if (ownKind === 'private') problems.push(`its subnet ${own.id} has no default route to a NAT gateway`);
        if (privateCount < 2) problems.push(`VPC ${own.vpcId} has ${privateCount} private subnet${privateCount === 1 ? '' : 's'} (2 needed)`);
        if (publicCount < 1) problems.push(`VPC ${own.vpcId} has no public subnet for a NAT gateway`);
        const layout = `VPC ${own.vpcId} has ${publicCount} public and ${privateCount} private subnets`;
        if (problems.length) ctx.fail(resource, `WorkSpace ${w.id} does not follow the recommended layout: ${problems.join('; ')}.`);
        else ctx.pass(resource, `WorkSpace ${w.id} is in private subnet ${own.id}, which reaches the internet through a NAT gateway; ${layout}.`);
      }
    }
  },
});
