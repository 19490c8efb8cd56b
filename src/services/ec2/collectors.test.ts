import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateSecurityGroupCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  CreateSubnetCommand,
  DescribeInstancesCommand,
  EC2Client,
  EnableEbsEncryptionByDefaultCommand,
  GetEbsEncryptionByDefaultCommand,
  GetInstanceMetadataDefaultsCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
  AllocateAddressCommand,
  AssociateAddressCommand,
  CreateImageCommand,
  CreateLaunchTemplateCommand,
  CreateSnapshotCommand,
  CreateTransitGatewayCommand,
  DescribeClientVpnEndpointsCommand,
  GetImageBlockPublicAccessStateCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
} from '@aws-sdk/client-ec2';
import { CreateInstanceProfileCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import {
  addresses,
  clientVpnEndpoints,
  ebsEncryptionByDefault,
  imageBlockPublicAccess,
  instanceImages,
  instanceMetadataDefaults,
  instanceUserData,
  instances,
  launchTemplates,
  networkAcls,
  networkInterfaces,
  ownedImages,
  securityGroups,
  snapshotBlockPublicAccess,
  snapshotSharing,
  snapshots,
  transitGateways,
  volumes,
} from './collectors.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
/** "#!/bin/bash / echo hi / export DB_PASSWORD=..." in base64: a password on line 3. */
const SECRET_USER_DATA = Buffer.from('#!/bin/bash\necho hi\nexport DB_PASSWORD="Zq8!vR2#pLm9@xT4"\n').toString('base64');
const AMI = 'ami-12c6146b'; // moto accepts any image id when default AMIs are not loaded

const denied = () => Object.assign(new Error('You are not authorized to perform this operation.'), { name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } });

describe('ec2 collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('collects security groups with their rules, in each region', async () => {
    const east = new EC2Client(moto.config('us-east-1'));
    const west = new EC2Client(moto.config('eu-west-1'));
    const { Vpc } = await east.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }));
    const { GroupId: web } = await east.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'web', VpcId: Vpc!.VpcId }));
    await east.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: web,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
        ],
      }),
    );
    const { GroupId: db } = await west.send(new CreateSecurityGroupCommand({ GroupName: 'db', Description: 'db' }));
    await west.send(
      new AuthorizeSecurityGroupIngressCommand({ GroupId: db, IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: db }] }] }),
    );

    const inv = await collectFromMoto(moto, [securityGroups], REGIONS);
    const e = inv.get(securityGroups, 'us-east-1');
    const w = inv.get(securityGroups, 'eu-west-1');
    if (!e.ok || !w.ok) throw new Error('security groups not collected');
    const webSg = e.data.find((g) => g.id === web);
    expect(webSg).toMatchObject({ name: 'web', vpcId: Vpc!.VpcId, arn: `arn:aws:ec2:us-east-1:123456789012:security-group/${web}` });
    expect(webSg?.ingress).toEqual(
      expect.arrayContaining([
        { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4: ['0.0.0.0/0'], ipv6: ['::/0'], prefixLists: [], groups: [] },
        { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4: ['10.0.0.0/8'], ipv6: [], prefixLists: [], groups: [] },
      ]),
    );
    expect(webSg?.egress[0]).toMatchObject({ protocol: '-1', ipv4: ['0.0.0.0/0'] });
    // Default groups are collected like any other.
    expect(e.data.some((g) => g.name === 'default')).toBe(true);
    expect(w.data.find((g) => g.id === db)?.ingress[0]).toMatchObject({ protocol: '-1', groups: [db] });
    expect(w.data.some((g) => g.id === web)).toBe(false);
  });

  it('collects network ACL entries, in each region', async () => {
    const west = new EC2Client(moto.config('eu-west-1'));
    const { Vpc } = await west.send(new CreateVpcCommand({ CidrBlock: '10.2.0.0/16' }));
    const { NetworkAcl } = await west.send(new CreateNetworkAclCommand({ VpcId: Vpc!.VpcId }));
    const aclId = NetworkAcl!.NetworkAclId!;
    await west.send(
      new CreateNetworkAclEntryCommand({ NetworkAclId: aclId, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } }),
    );
    await west.send(
      new CreateNetworkAclEntryCommand({ NetworkAclId: aclId, RuleNumber: 110, Protocol: '-1', RuleAction: 'deny', Egress: false, Ipv6CidrBlock: '::/0' }),
    );

    const inv = await collectFromMoto(moto, [networkAcls], REGIONS);
    const w = inv.get(networkAcls, 'eu-west-1');
    const e = inv.get(networkAcls, 'us-east-1');
    if (!w.ok || !e.ok) throw new Error('network ACLs not collected');
    const acl = w.data.find((a) => a.id === aclId);
    expect(acl).toMatchObject({ vpcId: Vpc!.VpcId, isDefault: false, arn: `arn:aws:ec2:eu-west-1:123456789012:network-acl/${aclId}` });
    expect(acl?.entries).toEqual(
      expect.arrayContaining([
        { ruleNumber: 100, egress: false, allow: true, protocol: '6', cidr: '0.0.0.0/0', fromPort: 22, toPort: 22 },
        { ruleNumber: 110, egress: false, allow: false, protocol: '-1', cidr: '::/0' },
      ]),
    );
    // Each region's default VPC has a default ACL that allows everything.
    const def = e.data.find((a) => a.isDefault);
    expect(def?.entries.some((x) => x.allow && !x.egress && x.protocol === '-1' && x.cidr === '0.0.0.0/0')).toBe(true);
    expect(e.data.some((a) => a.id === aclId)).toBe(false);
  });

  it('collects live instances with metadata options, profile and security groups, skipping terminated ones', async () => {
    const east = new EC2Client(moto.config('us-east-1'));
    const west = new EC2Client(moto.config('eu-west-1'));
    const iam = new IAMClient(moto.config());
    const { InstanceProfile } = await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'app' }));
    const { Vpc } = await east.send(new CreateVpcCommand({ CidrBlock: '10.3.0.0/16' }));
    const { Subnet } = await east.send(new CreateSubnetCommand({ VpcId: Vpc!.VpcId, CidrBlock: '10.3.1.0/24' }));
    const { GroupId: sg } = await east.send(new CreateSecurityGroupCommand({ GroupName: 'app', Description: 'app', VpcId: Vpc!.VpcId }));
    const run = await east.send(
      new RunInstancesCommand({
        ImageId: AMI,
        MinCount: 1,
        MaxCount: 1,
        InstanceType: 't3.micro',
        SubnetId: Subnet!.SubnetId,
        SecurityGroupIds: [sg!],
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
        IamInstanceProfile: { Name: 'app' },
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'api' }] }],
      }),
    );
    const appId = run.Instances![0].InstanceId!;
    const gone = await east.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1 }));
    await east.send(new TerminateInstancesCommand({ InstanceIds: [gone.Instances![0].InstanceId!] }));
    const legacy = await west.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, MetadataOptions: { HttpTokens: 'optional' } }));
    const legacyId = legacy.Instances![0].InstanceId!;

    const inv = await collectFromMoto(moto, [instances], REGIONS);
    const e = inv.get(instances, 'us-east-1');
    const w = inv.get(instances, 'eu-west-1');
    if (!e.ok || !w.ok) throw new Error('instances not collected');
    expect(e.data.map((i) => i.id)).toEqual([appId]);
    expect(e.data[0]).toMatchObject({
      arn: `arn:aws:ec2:us-east-1:123456789012:instance/${appId}`,
      name: 'api',
      state: 'running',
      instanceType: 't3.micro',
      vpcId: Vpc!.VpcId,
      metadata: { httpTokens: 'required', httpEndpoint: 'enabled' },
      iamInstanceProfileArn: InstanceProfile!.Arn,
      securityGroupIds: [sg],
    });
    expect(w.data.map((i) => i.id)).toEqual([legacyId]);
    expect(w.data[0].metadata.httpTokens).toBe('optional');
    expect(w.data[0].iamInstanceProfileArn).toBeUndefined();
  });

  it('collects volumes and the EBS encryption-by-default setting per region', async () => {
    const east = new EC2Client(moto.config('us-east-1'));
    const west = new EC2Client(moto.config('eu-west-1'));
    const { VolumeId: plain } = await east.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8 }));
    const { VolumeId: sealed } = await west.send(new CreateVolumeCommand({ AvailabilityZone: 'eu-west-1a', Size: 16, Encrypted: true }));
    await west.send(new EnableEbsEncryptionByDefaultCommand({}));

    const inv = await collectFromMoto(moto, [volumes, ebsEncryptionByDefault], REGIONS);
    const e = inv.get(volumes, 'us-east-1');
    const w = inv.get(volumes, 'eu-west-1');
    if (!e.ok || !w.ok) throw new Error('volumes not collected');
    expect(e.data.find((v) => v.id === plain)).toMatchObject({ encrypted: false, sizeGiB: 8, arn: `arn:aws:ec2:us-east-1:123456789012:volume/${plain}` });
    expect(w.data.find((v) => v.id === sealed)).toMatchObject({ encrypted: true, sizeGiB: 16 });
    expect(e.data.some((v) => v.id === sealed)).toBe(false);
    expect(inv.get(ebsEncryptionByDefault, 'us-east-1')).toEqual({ ok: true, data: { enabled: false } });
    expect(inv.get(ebsEncryptionByDefault, 'eu-west-1')).toEqual({ ok: true, data: { enabled: true } });
  });

  it('reads instance metadata defaults (aws-sdk-client-mock: moto lacks GetInstanceMetadataDefaults)', async () => {
    const mock = mockClient(EC2Client);
    try {
      mock.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: { HttpTokens: 'required', HttpPutResponseHopLimit: 2, ManagedBy: 'account' } });
      const set = await collectFromMoto(moto, [instanceMetadataDefaults]);
      expect(set.get(instanceMetadataDefaults, 'us-east-1')).toEqual({
        ok: true,
        data: { httpTokens: 'required', httpPutResponseHopLimit: 2, managedBy: 'account' },
      });
      mock.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: {} });
      const unset = await collectFromMoto(moto, [instanceMetadataDefaults]);
      expect(unset.get(instanceMetadataDefaults, 'us-east-1')).toEqual({ ok: true, data: {} });
    } finally {
      mock.restore();
    }
  });

  it('reads CpuOptions.AmdSevSnp (aws-sdk-client-mock: moto lacks CpuOptions in DescribeInstances)', async () => {
    const mock = mockClient(EC2Client);
    try {
      mock.on(DescribeInstancesCommand).resolves({
        Reservations: [
          {
            OwnerId: '123456789012',
            Instances: [
              { InstanceId: 'i-sev', State: { Name: 'running' }, CpuOptions: { AmdSevSnp: 'enabled' }, SecurityGroups: [{ GroupId: 'sg-1' }] },
              { InstanceId: 'i-plain', State: { Name: 'stopped' }, CpuOptions: { CoreCount: 1 } },
            ],
          },
        ],
      });
      const inv = await collectFromMoto(moto, [instances]);
      const r = inv.get(instances, 'us-east-1');
      if (!r.ok) throw new Error('instances not collected');
      expect(r.data.map((i) => [i.id, i.amdSevSnp, i.state])).toEqual([
        ['i-sev', 'enabled', 'running'],
        ['i-plain', undefined, 'stopped'],
      ]);
      // The call asks for a page size and filters out terminated instances.
      const input = mock.commandCalls(DescribeInstancesCommand)[0].args[0].input;
      expect(input.MaxResults).toBeGreaterThanOrEqual(5);
      expect(input.Filters?.[0].Values).not.toContain('terminated');
    } finally {
      mock.restore();
    }
  });

  it('turns an AccessDenied answer into an error for that fact and region (aws-sdk-client-mock)', async () => {
    const mock = mockClient(EC2Client);
    try {
      mock.on(GetEbsEncryptionByDefaultCommand).rejects(denied());
      mock.on(GetInstanceMetadataDefaultsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto(moto, [ebsEncryptionByDefault, instanceMetadataDefaults], REGIONS);
      for (const region of REGIONS) {
        expect(inv.get(ebsEncryptionByDefault, region)).toMatchObject({
          ok: false,
          error: { kind: 'AccessDenied', code: 'UnauthorizedOperation', operation: 'ec2:GetEbsEncryptionByDefault' },
        });
        expect(inv.get(instanceMetadataDefaults, region)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'ec2:GetInstanceMetadataDefaults' } });
      }
    } finally {
      mock.restore();
    }
  });

  it('collects interfaces, Elastic IPs, images, snapshots with their sharing, launch templates and transit gateways', async () => {
    const ec2 = new EC2Client(moto.config('us-east-1'));
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }));
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: Vpc!.VpcId, CidrBlock: '10.9.1.0/24' }));
    const { GroupId: sg } = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'ep', Description: 'ep', VpcId: Vpc!.VpcId }));
    const run = await ec2.send(new RunInstancesCommand({ ImageId: AMI, MinCount: 1, MaxCount: 1, SubnetId: Subnet!.SubnetId, SecurityGroupIds: [sg!], Monitoring: { Enabled: true }, UserData: SECRET_USER_DATA }));
    const instanceId = run.Instances![0].InstanceId!;
    const { AllocationId: attached, PublicIp } = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    await ec2.send(new AssociateAddressCommand({ AllocationId: attached, InstanceId: instanceId }));
    const { AllocationId: idle } = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const { ImageId: image } = await ec2.send(new CreateImageCommand({ InstanceId: instanceId, Name: 'golden' }));
    await ec2.send(new ModifyImageAttributeCommand({ ImageId: image, LaunchPermission: { Add: [{ Group: 'all' }] } }));
    const { VolumeId } = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 4 }));
    const { SnapshotId: open } = await ec2.send(new CreateSnapshotCommand({ VolumeId }));
    const { SnapshotId: closed } = await ec2.send(new CreateSnapshotCommand({ VolumeId }));
    await ec2.send(new ModifySnapshotAttributeCommand({ SnapshotId: open, Attribute: 'createVolumePermission', OperationType: 'add', GroupNames: ['all'] }));
    const { LaunchTemplate } = await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'web',
        LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' }, NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true, Groups: [sg!] }], UserData: SECRET_USER_DATA },
      }),
    );
    const { TransitGateway } = await ec2.send(new CreateTransitGatewayCommand({ Options: { AutoAcceptSharedAttachments: 'enable' } }));

    const inv = await collectFromMoto(moto, [instanceUserData, instances, networkInterfaces, addresses, ownedImages, instanceImages, snapshots, snapshotSharing, launchTemplates, transitGateways]);
    const get = <T>(r: { ok: true; data: T } | { ok: false }): T => {
      if (!r.ok) throw new Error('not collected');
      return r.data;
    };
    const inst = get(inv.get(instances, 'us-east-1')).find((i) => i.id === instanceId)!;
    expect(inst.monitoring).toBe('enabled');
    const ud = get(inv.get(instanceUserData, 'us-east-1'))[instanceId];
    expect(ud).toMatchObject({ ok: true, data: { ok: true, hits: [{ kind: 'Password or secret in assignment', line: 3, key: 'DB_PASSWORD' }] } });
    expect(JSON.stringify(ud)).not.toContain('Zq8');
    expect(inst.imageId).toBe(AMI);
    expect(inst.launchTime).toMatch(/^\d{4}-/);
    expect(inst.interfaces).toHaveLength(1);
    expect(inst.interfaces[0]).toMatchObject({ subnetId: Subnet!.SubnetId, securityGroupIds: [sg], publicIp: PublicIp });
    const eni = get(inv.get(networkInterfaces, 'us-east-1')).find((n) => n.instanceId === instanceId)!;
    expect(eni).toMatchObject({ subnetId: Subnet!.SubnetId, vpcId: Vpc!.VpcId, securityGroupIds: [sg], publicIp: PublicIp });
    const eips = get(inv.get(addresses, 'us-east-1'));
    expect(eips.find((a) => a.id === attached)).toMatchObject({ instanceId, publicIp: PublicIp });
    expect(eips.find((a) => a.id === idle)?.associationId).toBeUndefined();
    expect(get(inv.get(ownedImages, 'us-east-1')).find((i) => i.id === image)).toMatchObject({ name: 'golden', public: true });
    expect(Object.keys(get(inv.get(instanceImages, 'us-east-1')))).not.toContain('ami-missing');
    const snaps = get(inv.get(snapshots, 'us-east-1'));
    expect(snaps.find((x) => x.id === open)).toMatchObject({ volumeId: VolumeId, encrypted: false });
    const sharing = get(inv.get(snapshotSharing, 'us-east-1'));
    expect(sharing[open!]).toEqual({ ok: true, data: { public: true, accounts: [] } });
    expect(sharing[closed!]).toEqual({ ok: true, data: { public: false, accounts: [] } });
    const lt = get(inv.get(launchTemplates, 'us-east-1')).find((t) => t.id === LaunchTemplate!.LaunchTemplateId)!;
    expect(lt).toMatchObject({ name: 'web', defaultVersion: 1, latestVersion: 1 });
    expect(lt.versions).toEqual({
      ok: true,
      data: [{ number: 1, isDefault: true, httpTokens: 'required', httpEndpoint: undefined, networkInterfaces: [{ associatePublicIpAddress: true, deviceIndex: 0 }], securityGroupIds: [sg], userData: { ok: true, hits: [expect.objectContaining({ line: 3, key: 'DB_PASSWORD' })] } }],
    });
    expect(JSON.stringify(lt)).not.toContain('Zq8');
    expect(get(inv.get(transitGateways, 'us-east-1')).find((g) => g.id === TransitGateway!.TransitGatewayId)?.autoAcceptSharedAttachments).toBe('enable');
  });

  it('reads block public access states and Client VPN endpoints (aws-sdk-client-mock: moto lacks GetSnapshotBlockPublicAccessState, GetImageBlockPublicAccessState, DescribeClientVpnEndpoints)', async () => {
    const mock = mockClient(EC2Client);
    try {
      mock.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'block-new-sharing', ManagedBy: 'account' });
      mock.on(GetImageBlockPublicAccessStateCommand).resolves({ ImageBlockPublicAccessState: 'block-new-sharing' });
      mock.on(DescribeClientVpnEndpointsCommand).resolves({
        ClientVpnEndpoints: [
          { ClientVpnEndpointId: 'cvpn-endpoint-1', ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: 'vpn' }, Status: { Code: 'available' } },
          { ClientVpnEndpointId: 'cvpn-endpoint-2', ConnectionLogOptions: { Enabled: false } },
        ],
      });
      const inv = await collectFromMoto(moto, [snapshotBlockPublicAccess, imageBlockPublicAccess, clientVpnEndpoints]);
      expect(inv.get(snapshotBlockPublicAccess, 'us-east-1')).toEqual({ ok: true, data: { state: 'block-new-sharing', managedBy: 'account' } });
      expect(inv.get(imageBlockPublicAccess, 'us-east-1')).toEqual({ ok: true, data: { state: 'block-new-sharing' } });
      const eps = inv.get(clientVpnEndpoints, 'us-east-1');
      if (!eps.ok) throw new Error('not collected');
      expect(eps.data.map((e) => [e.id, e.connectionLogging, e.logGroup])).toEqual([
        ['cvpn-endpoint-1', true, 'vpn'],
        ['cvpn-endpoint-2', false, undefined],
      ]);
      mock.on(GetSnapshotBlockPublicAccessStateCommand).rejects(denied());
      const deniedInv = await collectFromMoto(moto, [snapshotBlockPublicAccess]);
      expect(deniedInv.get(snapshotBlockPublicAccess, 'us-east-1')).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'ec2:GetSnapshotBlockPublicAccessState' } });
    } finally {
      mock.restore();
    }
  });
});
