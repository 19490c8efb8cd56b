import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptVpcPeeringConnectionCommand,
  AssociateVpcCidrBlockCommand,
  CreateFlowLogsCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcPeeringConnectionCommand,
  DescribeFlowLogsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { flowLogs, peeringConnections, routeTables, subnets, vpcs } from './collectors.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('vpc collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('collects VPCs with their CIDR blocks and flow logs, in each region', async () => {
    const east = new EC2Client(moto.config('us-east-1'));
    const west = new EC2Client(moto.config('eu-west-1'));
    const { Vpc: a } = await east.send(
      new CreateVpcCommand({ CidrBlock: '10.10.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'prod' }] }] }),
    );
    await east.send(new AssociateVpcCidrBlockCommand({ VpcId: a!.VpcId, CidrBlock: '10.11.0.0/16' }));
    const { Vpc: b } = await west.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
    await east.send(
      new CreateFlowLogsCommand({
        ResourceIds: [a!.VpcId!],
        ResourceType: 'VPC',
        TrafficType: 'ALL',
        LogGroupName: 'vpc-flow',
        DeliverLogsPermissionArn: 'arn:aws:iam::123456789012:role/flow',
      }),
    );

    const inv = await collectFromMoto(moto, [vpcs, flowLogs], REGIONS);
    const ev = inv.get(vpcs, 'us-east-1');
    const wv = inv.get(vpcs, 'eu-west-1');
    const ef = inv.get(flowLogs, 'us-east-1');
    const wf = inv.get(flowLogs, 'eu-west-1');
    if (!ev.ok || !wv.ok || !ef.ok || !wf.ok) throw new Error('not collected');
    expect(ev.data.find((v) => v.id === a!.VpcId)).toMatchObject({
      arn: `arn:aws:ec2:us-east-1:123456789012:vpc/${a!.VpcId}`,
      name: 'prod',
      isDefault: false,
      cidrBlocks: ['10.10.0.0/16', '10.11.0.0/16'],
    });
    expect(ev.data.some((v) => v.isDefault)).toBe(true);
    expect(wv.data.find((v) => v.id === b!.VpcId)?.cidrBlocks).toEqual(['10.20.0.0/16']);
    expect(ev.data.some((v) => v.id === b!.VpcId)).toBe(false);
    expect(ef.data).toEqual([expect.objectContaining({ resourceId: a!.VpcId, trafficType: 'ALL', status: 'ACTIVE', logDestinationType: 'cloud-watch-logs' })]);
    expect(wf.data).toEqual([]);
  });

  it('collects route tables and peering connections with both sides\u2019 CIDR blocks', async () => {
    const east = new EC2Client(moto.config('us-east-1'));
    const west = new EC2Client(moto.config('eu-west-1'));
    const { Vpc: app } = await east.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }));
    const { Vpc: shared } = await east.send(new CreateVpcCommand({ CidrBlock: '10.31.0.0/16' }));
    const { Vpc: remote } = await west.send(new CreateVpcCommand({ CidrBlock: '10.40.0.0/16' }));
    const { VpcPeeringConnection: local } = await east.send(
      new CreateVpcPeeringConnectionCommand({ VpcId: app!.VpcId, PeerVpcId: shared!.VpcId }),
    );
    await east.send(new AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: local!.VpcPeeringConnectionId }));
    const { VpcPeeringConnection: cross } = await east.send(
      new CreateVpcPeeringConnectionCommand({ VpcId: app!.VpcId, PeerVpcId: remote!.VpcId, PeerRegion: 'eu-west-1' }),
    );
    const { RouteTable } = await east.send(new CreateRouteTableCommand({ VpcId: app!.VpcId }));
    await east.send(
      new CreateRouteCommand({ RouteTableId: RouteTable!.RouteTableId, DestinationCidrBlock: '0.0.0.0/0', VpcPeeringConnectionId: local!.VpcPeeringConnectionId }),
    );

    const inv = await collectFromMoto(moto, [routeTables, peeringConnections], REGIONS);
    const rt = inv.get(routeTables, 'us-east-1');
    const ep = inv.get(peeringConnections, 'us-east-1');
    const wp = inv.get(peeringConnections, 'eu-west-1');
    if (!rt.ok || !ep.ok || !wp.ok) throw new Error('not collected');
    const table = rt.data.find((t) => t.id === RouteTable!.RouteTableId);
    expect(table).toMatchObject({ vpcId: app!.VpcId, arn: `arn:aws:ec2:us-east-1:123456789012:route-table/${RouteTable!.RouteTableId}` });
    expect(table?.routes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ destinationCidr: '10.30.0.0/16', gatewayId: 'local' }),
        expect.objectContaining({ destinationCidr: '0.0.0.0/0', vpcPeeringConnectionId: local!.VpcPeeringConnectionId }),
      ]),
    );
    const pcx = ep.data.find((p) => p.id === local!.VpcPeeringConnectionId);
    expect(pcx).toMatchObject({
      status: 'active',
      arn: `arn:aws:ec2:us-east-1:123456789012:vpc-peering-connection/${local!.VpcPeeringConnectionId}`,
      requester: { vpcId: app!.VpcId, cidrBlocks: ['10.30.0.0/16'] },
      accepter: { vpcId: shared!.VpcId, cidrBlocks: ['10.31.0.0/16'] },
    });
    // A cross-region peering shows up in both regions.
    expect(ep.data.find((p) => p.id === cross!.VpcPeeringConnectionId)?.accepter).toMatchObject({ vpcId: remote!.VpcId, region: 'eu-west-1' });
    expect(wp.data.find((p) => p.id === cross!.VpcPeeringConnectionId)?.requester).toMatchObject({ vpcId: app!.VpcId, region: 'us-east-1' });
    expect(wp.data.some((p) => p.id === local!.VpcPeeringConnectionId)).toBe(false);
    const wr = inv.get(routeTables, 'eu-west-1');
    if (!wr.ok) throw new Error('not collected');
    expect(wr.data.find((t) => t.vpcId === remote!.VpcId)).toMatchObject({ isMain: true, routes: [expect.objectContaining({ destinationCidr: '10.40.0.0/16' })] });
    expect(wr.data.some((t) => t.id === RouteTable!.RouteTableId)).toBe(false);
  });

  it('keeps a failed delivery status and turns AccessDenied into an error (aws-sdk-client-mock: moto cannot fail delivery)', async () => {
    const mock = mockClient(EC2Client);
    try {
      mock
        .on(DescribeFlowLogsCommand, {})
        .resolvesOnce({ FlowLogs: [{ FlowLogId: 'fl-1', ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'FAILED', TrafficType: 'REJECT' }], NextToken: 't' })
        .resolvesOnce({ FlowLogs: [{ FlowLogId: 'fl-2', ResourceId: 'vpc-2', FlowLogStatus: 'ACTIVE' }] });
      const inv = await collectFromMoto(moto, [flowLogs]);
      const r = inv.get(flowLogs, 'us-east-1');
      expect(r.ok && r.data.map((f) => [f.id, f.deliverLogsStatus])).toEqual([
        ['fl-1', 'FAILED'],
        ['fl-2', undefined],
      ]);
      expect(mock.commandCalls(DescribeFlowLogsCommand)[1].args[0].input.NextToken).toBe('t');

      mock.reset();
      mock.onAnyCommand().rejects(Object.assign(new Error('not authorized'), { name: 'UnauthorizedOperation' }));
      const denied = await collectFromMoto(moto, [vpcs, flowLogs, routeTables, peeringConnections], REGIONS);
      for (const region of REGIONS) {
        expect(denied.get(vpcs, region)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'ec2:DescribeVpcs' } });
        expect(denied.get(peeringConnections, region)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'ec2:DescribeVpcPeeringConnections' } });
      }
    } finally {
      mock.restore();
    }
  });

  it('collects subnets with their VPC, blocks and public-IP-on-launch setting', async () => {
    const ec2 = new EC2Client(moto.config('us-east-1'));
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.40.0.0/16' }));
    const { Subnet } = await ec2.send(
      new CreateSubnetCommand({ VpcId: Vpc!.VpcId, CidrBlock: '10.40.1.0/24', TagSpecifications: [{ ResourceType: 'subnet', Tags: [{ Key: 'Name', Value: 'app' }] }] }),
    );
    const inv = await collectFromMoto(moto, [subnets]);
    const r = inv.get(subnets, 'us-east-1');
    if (!r.ok) throw new Error('subnets not collected');
    expect(r.data.find((s) => s.id === Subnet!.SubnetId)).toMatchObject({ vpcId: Vpc!.VpcId, cidrBlock: '10.40.1.0/24', name: 'app', mapPublicIpOnLaunch: false });
    // The default VPC's subnets assign public addresses by default.
    expect(r.data.some((s) => s.mapPublicIpOnLaunch)).toBe(true);
  });
});
