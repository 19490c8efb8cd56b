/**
 * VPC collectors (EC2 API): VPCs, flow logs, route tables and peering connections, per region, each
 * one paginated Describe call.
 */
import type { VpcPeeringConnectionVpcInfo } from '@aws-sdk/client-ec2';
import { defineFact, type CollectContext } from '../../core/fact.js';
import { pageSizeFor, toTags, type Tags } from '../ec2/collectors.js';

const arnOf = (ctx: CollectContext, type: string, id: string, owner = ctx.account.accountId, region = ctx.region): string =>
  `arn:${ctx.account.partition}:ec2:${region}:${owner}:${type}/${id}`;

export interface Vpc {
  id: string;
  arn: string;
  name?: string;
  isDefault: boolean;
  /** Associated IPv4 and IPv6 blocks. */
  cidrBlocks: string[];
  ipv6CidrBlocks: string[];
  tags: Tags;
}

export const vpcs = defineFact<Vpc[]>({
  id: 'vpc.vpcs',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeVpcs',
  async collect(ctx) {
    const { paginateDescribeVpcs } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: Vpc[] = [];
    for await (const page of paginateDescribeVpcs({ client, pageSize: pageSizeFor(ctx, 1000) }, {})) {
      for (const v of page.Vpcs ?? []) {
        if (!v.VpcId) continue;
        const tags = toTags(v.Tags);
        const v4 = (v.CidrBlockAssociationSet ?? []).filter((c) => c.CidrBlockState?.State === 'associated').flatMap((c) => (c.CidrBlock ? [c.CidrBlock] : []));
        out.push({
          id: v.VpcId,
          arn: arnOf(ctx, 'vpc', v.VpcId, v.OwnerId),
          ...(tags.Name ? { name: tags.Name } : {}),
          isDefault: Boolean(v.IsDefault),
          cidrBlocks: v4.length ? v4 : v.CidrBlock ? [v.CidrBlock] : [],
          ipv6CidrBlocks: (v.Ipv6CidrBlockAssociationSet ?? [])
            .filter((c) => c.Ipv6CidrBlockState?.State === 'associated')
            .flatMap((c) => (c.Ipv6CidrBlock ? [c.Ipv6CidrBlock] : [])),
          tags,
        });
      }
    }
    return out;
  },
});

export interface FlowLog {
  id: string;
  /** The VPC, subnet or network interface the flow log captures. */
  resourceId: string;
  /** ACCEPT, REJECT or ALL. */
  trafficType?: string;
  /** 'ACTIVE' for a working flow log. */
  status?: string;
  /** SUCCESS, FAILED (for example the delivery role lacks permissions) or INACCESSIBLE. */
  deliverLogsStatus?: string;
  logDestinationType?: string;
}

export const flowLogs = defineFact<FlowLog[]>({
  id: 'vpc.flowLogs',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeFlowLogs',
  async collect(ctx) {
    const { paginateDescribeFlowLogs } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: FlowLog[] = [];
    for await (const page of paginateDescribeFlowLogs({ client, pageSize: pageSizeFor(ctx, 1000) }, {})) {
      for (const f of page.FlowLogs ?? []) {
        if (!f.FlowLogId || !f.ResourceId) continue;
        out.push({
          id: f.FlowLogId,
          resourceId: f.ResourceId,
          trafficType: f.TrafficType,
          status: f.FlowLogStatus,
          deliverLogsStatus: f.DeliverLogsStatus,
          logDestinationType: f.LogDestinationType,
        });
      }
    }
    return out;
  },
});

export interface Route {
  destinationCidr?: string;
  destinationIpv6Cidr?: string;
  destinationPrefixListId?: string;
  vpcPeeringConnectionId?: string;
  gatewayId?: string;
  natGatewayId?: string;
  /** 'active' or 'blackhole'. */
  state?: string;
}

export interface RouteTable {
  id: string;
  arn: string;
  vpcId?: string;
  isMain: boolean;
  subnetIds: string[];
  routes: Route[];
  tags: Tags;
}

export const routeTables = defineFact<RouteTable[]>({
  id: 'vpc.routeTables',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeRouteTables',
  async collect(ctx) {
    const { paginateDescribeRouteTables } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: RouteTable[] = [];
    for await (const page of paginateDescribeRouteTables({ client, pageSize: pageSizeFor(ctx, 100) }, {})) {
      for (const t of page.RouteTables ?? []) {
        if (!t.RouteTableId) continue;
        out.push({
          id: t.RouteTableId,
          arn: arnOf(ctx, 'route-table', t.RouteTableId, t.OwnerId),
          vpcId: t.VpcId,
          isMain: (t.Associations ?? []).some((a) => a.Main),
          subnetIds: (t.Associations ?? []).flatMap((a) => (a.SubnetId ? [a.SubnetId] : [])),
          routes: (t.Routes ?? []).map((r) => {
            const route: Route = {};
            if (r.DestinationCidrBlock) route.destinationCidr = r.DestinationCidrBlock;
            if (r.DestinationIpv6CidrBlock) route.destinationIpv6Cidr = r.DestinationIpv6CidrBlock;
            if (r.DestinationPrefixListId) route.destinationPrefixListId = r.DestinationPrefixListId;
            if (r.VpcPeeringConnectionId) route.vpcPeeringConnectionId = r.VpcPeeringConnectionId;
            if (r.GatewayId) route.gatewayId = r.GatewayId;
            if (r.NatGatewayId) route.natGatewayId = r.NatGatewayId;
            if (r.State) route.state = r.State;
            return route;
          }),
          tags: toTags(t.Tags),
        });
      }
    }
    return out;
  },
});

export interface PeeringSide {
  ownerId?: string;
  vpcId?: string;
  region?: string;
  /** The blocks this side shares over the connection (all of the VPC's unless peering is selective). */
  cidrBlocks: string[];
  ipv6CidrBlocks: string[];
}

export interface PeeringConnection {
  id: string;
  arn: string;
  name?: string;
  /** active, pending-acceptance, deleted, rejected, failed, expired, provisioning, deleting. */
  status?: string;
  requester: PeeringSide;
  accepter: PeeringSide;
  tags: Tags;
}

const side = (info: VpcPeeringConnectionVpcInfo | undefined): PeeringSide => {
  const set = (info?.CidrBlockSet ?? []).flatMap((c) => (c.CidrBlock ? [c.CidrBlock] : []));
  return {
    ownerId: info?.OwnerId,
    vpcId: info?.VpcId,
    region: info?.Region,
    cidrBlocks: set.length ? set : info?.CidrBlock ? [info.CidrBlock] : [],
    ipv6CidrBlocks: (info?.Ipv6CidrBlockSet ?? []).flatMap((c) => (c.Ipv6CidrBlock ? [c.Ipv6CidrBlock] : [])),
  };
};

export const peeringConnections = defineFact<PeeringConnection[]>({
  id: 'vpc.peeringConnections',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeVpcPeeringConnections',
  async collect(ctx) {
    const { paginateDescribeVpcPeeringConnections } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: PeeringConnection[] = [];
    for await (const page of paginateDescribeVpcPeeringConnections({ client, pageSize: pageSizeFor(ctx, 1000) }, {})) {
      for (const p of page.VpcPeeringConnections ?? []) {
        if (!p.VpcPeeringConnectionId) continue;
        const tags = toTags(p.Tags);
        out.push({
          id: p.VpcPeeringConnectionId,
          // The connection belongs to the requester's account and region (cross-region peerings show in both).
          arn: arnOf(ctx, 'vpc-peering-connection', p.VpcPeeringConnectionId, p.RequesterVpcInfo?.OwnerId, p.RequesterVpcInfo?.Region),
          ...(tags.Name ? { name: tags.Name } : {}),
          status: p.Status?.Code,
          requester: side(p.RequesterVpcInfo),
          accepter: side(p.AccepterVpcInfo),
          tags,
        });
      }
    }
    return out;
  },
});

export interface Subnet {
  id: string;
  arn: string;
  name?: string;
  vpcId?: string;
  availabilityZone?: string;
  cidrBlock?: string;
  ipv6CidrBlocks: string[];
  /** New instances get a public IPv4 address by default. */
  mapPublicIpOnLaunch: boolean;
  tags: Tags;
}

export const subnets = defineFact<Subnet[]>({
  id: 'vpc.subnets',
  service: 'ec2',
  scope: 'regional',
  operation: 'ec2:DescribeSubnets',
  async collect(ctx) {
    const { paginateDescribeSubnets } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2');
    const out: Subnet[] = [];
    for await (const page of paginateDescribeSubnets({ client, pageSize: pageSizeFor(ctx, 1000) }, {})) {
      for (const s of page.Subnets ?? []) {
        if (!s.SubnetId) continue;
        const tags = toTags(s.Tags);
        out.push({
          id: s.SubnetId,
          arn: s.SubnetArn ?? arnOf(ctx, 'subnet', s.SubnetId, s.OwnerId),
          ...(tags.Name ? { name: tags.Name } : {}),
          vpcId: s.VpcId,
          availabilityZone: s.AvailabilityZone,
          cidrBlock: s.CidrBlock,
          ipv6CidrBlocks: (s.Ipv6CidrBlockAssociationSet ?? []).flatMap((a) => (a.Ipv6CidrBlock && a.Ipv6CidrBlockState?.State === 'associated' ? [a.Ipv6CidrBlock] : [])),
          mapPublicIpOnLaunch: Boolean(s.MapPublicIpOnLaunch),
          tags,
        });
      }
    }
    return out;
  },
});
