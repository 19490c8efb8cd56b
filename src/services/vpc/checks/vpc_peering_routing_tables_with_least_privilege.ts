import { defineCheck } from '../../../core/check.js';
import { cidrContains, cidrEquals, isInternetCidr } from '../../../lib/network/cidr.js';
import { peeringConnections, routeTables, type PeeringConnection, type PeeringSide, type Route, type RouteTable } from '../collectors.js';

type Verdict = { bad: string } | { unknown: string } | { ok: true };

/** The side of the connection a route table's VPC reaches through it (both sides if the table is in neither VPC). */
function peerOf(pcx: PeeringConnection, table: RouteTable): PeeringSide {
  if (table.vpcId && table.vpcId === pcx.requester.vpcId) return pcx.accepter;
  if (table.vpcId && table.vpcId === pcx.accepter.vpcId) return pcx.requester;
  return {
    cidrBlocks: [...pcx.requester.cidrBlocks, ...pcx.accepter.cidrBlocks],
    ipv6CidrBlocks: [...pcx.requester.ipv6CidrBlocks, ...pcx.accepter.ipv6CidrBlocks],
  };
}

function judge(route: Route, table: RouteTable, peer: PeeringSide, allowWholePeerCidr: boolean): Verdict {
  const dest = route.destinationCidr ?? route.destinationIpv6Cidr;
  if (!dest) return { unknown: `route table ${table.id} sends prefix list ${route.destinationPrefixListId ?? '(unknown)'} through it` };
  if (isInternetCidr(dest)) return { bad: `route table ${table.id} sends ${dest} (every address) through it` };
  const blocks = [...peer.cidrBlocks, ...peer.ipv6CidrBlocks];
  if (!blocks.length) return { unknown: `route table ${table.id} sends ${dest} through it, but the peer's CIDR blocks are not known` };
  if (!blocks.some((b) => cidrContains(b, dest))) return { bad: `route table ${table.id} sends ${dest} through it, which is not within the peer's blocks ${blocks.join(', ')}` };
  if (!allowWholePeerCidr && blocks.some((b) => cidrEquals(b, dest))) return { bad: `route table ${table.id} sends the peer's entire block ${dest} through it` };
  return { ok: true };
}

export default defineCheck({
  id: 'vpc_peering_routing_tables_with_least_privilege',
  title: 'Routes through VPC peering connections cover only the peer VPC addresses needed',
  service: 'vpc',
  severity: 'medium',
  resourceType: 'AwsEc2VpcPeeringConnection',
  categories: ['trust-boundaries', 'internet-exposed'],
  description:
    "For each active peering connection, examines every route in the region's route tables that targets it. A route fails when its destination is 0.0.0.0/0 or ::/0, or is not contained in the peer's CIDR blocks. With vpc_peering_allow_whole_peer_cidr set to false, a route to the peer's entire block fails too, so only subnet-sized routes pass.",
  risk:
    'Over-broad peering routes send more traffic to the other VPC than intended and widen the set of hosts that can talk across the trust boundary; if the peer account is compromised, more of your network is within its reach.',
  remediation: {
    text: 'Replace broad routes through the peering connection with routes to the specific peer subnets the workload needs.',
    url: 'https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html',
    cli: 'aws ec2 replace-route --route-table-id <rtb-id> --destination-cidr-block <peer-subnet-cidr> --vpc-peering-connection-id <pcx-id>',
    terraform:
      'resource "aws_route" "to_peer_subnet" {\n  route_table_id            = "<route-table-id>"\n  destination_cidr_block    = "<peer-subnet-cidr>"\n  vpc_peering_connection_id = "<pcx-id>"\n}',
    nativeIaC:
      'Resources:\n  RouteToPeerSubnet:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: <route-table-id>\n      DestinationCidrBlock: <peer-subnet-cidr>\n      VpcPeeringConnectionId: <pcx-id>',
  },
  uses: [peeringConnections, routeTables],
  params: { vpc_peering_allow_whole_peer_cidr: true as boolean },
  run(ctx) {
    const allowWhole = ctx.params.vpc_peering_allow_whole_peer_cidr !== false;
    const tablesByRegion = new Map(ctx.regional(routeTables).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(peeringConnections)) {
      if (!result.ok) {
        ctx.error(ctx.accountResource(region), result.error);
        continue;
      }
      for (const pcx of result.data.filter((p) => p.status === 'active')) {
        const resource = {
          arn: pcx.arn,
          id: pcx.id,
          ...(pcx.name ? { name: pcx.name } : {}),
          region,
          tags: pcx.tags,
          details: { requesterVpc: pcx.requester.vpcId ?? '', accepterVpc: pcx.accepter.vpcId ?? '' },
        };
        const label = `Peering connection ${pcx.id} (${pcx.requester.vpcId ?? '?'} to ${pcx.accepter.vpcId ?? '?'})`;
        const tables = tablesByRegion.get(region);
        if (!tables?.ok) {
          if (tables) ctx.error(resource, tables.error);
          continue;
        }
        const verdicts = tables.data.flatMap((t) =>
          t.routes.filter((r) => r.vpcPeeringConnectionId === pcx.id).map((r) => judge(r, t, peerOf(pcx, t), allowWhole)),
        );
        const bad = verdicts.flatMap((v) => ('bad' in v ? [v.bad] : []));
        const unknown = verdicts.flatMap((v) => ('unknown' in v ? [v.unknown] : []));
        if (bad.length) ctx.fail(resource, `${label}: ${bad.join('; ')}.`);
        else if (unknown.length) ctx.manual(resource, `${label}: ${unknown.join('; ')}; verify that it reaches only the peer addresses that are needed.`);
        else if (!verdicts.length) ctx.pass(resource, `${label} is not the target of any route in ${region}.`);
        else ctx.pass(resource, `${label}: all ${verdicts.length} route(s) through it in ${region} stay within the peer's CIDR blocks.`);
      }
    }
  },
});
