import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeWorkspacesCommand, WorkSpacesClient } from '@aws-sdk/client-workspaces';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { workspaces } from './collectors.js';
import { routeTables } from '../vpc/collectors.js';
import { AllocateAddressCommand, CreateNatGatewayCommand, CreateRouteCommand, CreateRouteTableCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';

describe('workspaces collectors', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the NAT gateway target of private routes, which the WorkSpaces layout check needs (moto)', async () => {
    const ec2 = new EC2Client(moto.config());
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }))).Vpc!.VpcId!;
    const pub = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.9.0.0/24' }))).Subnet!.SubnetId!;
    const eip = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
    const nat = (await ec2.send(new CreateNatGatewayCommand({ SubnetId: pub, AllocationId: eip }))).NatGateway!.NatGatewayId!;
    const rtb = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: nat }));
    const inv = await collectFromMoto(moto, [routeTables]);
    const tables = inv.get(routeTables);
    const t = tables.ok ? tables.data.find((x) => x.id === rtb) : undefined;
    expect(t?.routes).toContainEqual(expect.objectContaining({ destinationCidr: '0.0.0.0/0', natGatewayId: nat }));
  });

  it('answers an empty list for a region without WorkSpaces (moto)', async () => {
    const inv = await collectFromMoto(moto, [workspaces]);
    expect(inv.get(workspaces)).toEqual({ ok: true, data: [] });
  });

  it('maps encryption flags and builds the ARN (aws-sdk-client-mock: creating a WorkSpace in moto needs a registered directory; the answer shape is what matters here)', async () => {
    const mock = mockClient(WorkSpacesClient);
    try {
      mock.on(DescribeWorkspacesCommand).resolves({
        Workspaces: [
          { WorkspaceId: 'ws-enc', UserName: 'ana', RootVolumeEncryptionEnabled: true, UserVolumeEncryptionEnabled: true, SubnetId: 'subnet-1' },
          { WorkspaceId: 'ws-plain', UserName: 'bo' },
        ],
      });
      const inv = await collectFromMoto(moto, [workspaces]);
      expect(inv.get(workspaces)).toEqual({
        ok: true,
        data: [
          { id: 'ws-enc', arn: 'arn:aws:workspaces:us-east-1:123456789012:workspace/ws-enc', userName: 'ana', rootVolumeEncrypted: true, userVolumeEncrypted: true, subnetId: 'subnet-1' },
          { id: 'ws-plain', arn: 'arn:aws:workspaces:us-east-1:123456789012:workspace/ws-plain', userName: 'bo', rootVolumeEncrypted: false, userVolumeEncrypted: false, subnetId: undefined },
        ],
      });
    } finally {
      mock.restore();
    }
  });
});
