import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateAccessPointCommand,
  CreateFileSystemCommand,
  CreateMountTargetCommand,
  DescribeBackupPolicyCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetSecurityGroupsCommand,
  DescribeMountTargetsCommand,
  EFSClient,
  PutFileSystemPolicyCommand,
} from '@aws-sdk/client-efs';
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { accessPoints, backupPolicies, fileSystemPolicies, fileSystems, mountTargets } from './collectors.js';
import { evaluate } from '../../core/evaluate.js';
import type { Check } from '../../core/check.js';
import { buildComplianceIndex } from '../../compliance/index.js';
import { securityGroups } from '../ec2/collectors.js';
import { routeTables } from '../vpc/collectors.js';
import backupCheck from './checks/efs_have_backup_enabled.js';
import notPublic from './checks/efs_not_publicly_accessible.js';
import multiAz from './checks/efs_multi_az_enabled.js';
import rootDirectory from './checks/efs_access_point_enforce_root_directory.js';
import mountTargetCheck from './checks/efs_mount_target_not_publicly_accessible.js';

describe('efs collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists file systems with their encryption in each region', async () => {
    const east = new EFSClient(moto.config('us-east-1'));
    const west = new EFSClient(moto.config('eu-west-1'));
    const a = await east.send(new CreateFileSystemCommand({ CreationToken: 'a', Encrypted: true, Tags: [{ Key: 'Name', Value: 'home' }] }));
    const b = await west.send(new CreateFileSystemCommand({ CreationToken: 'b', Encrypted: false }));
    const inv = await collectFromMoto(moto, [fileSystems], ['us-east-1', 'eu-west-1']);
    expect(inv.get(fileSystems, 'us-east-1')).toMatchObject({
      ok: true,
      data: [{ id: a.FileSystemId, name: 'home', encrypted: true, tags: { Name: 'home' }, numberOfMountTargets: 0 }],
    });
    const w = inv.get(fileSystems, 'eu-west-1');
    expect(w.ok && w.data.map((f) => [f.id, f.encrypted])).toEqual([[b.FileSystemId, false]]);
    expect(w.ok && w.data[0].arn).toMatch(/^arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system\/fs-/);
  });

  it('reads One Zone placement, backup and file system policies, access points and mount targets with their security groups; the checks judge them', async () => {
    const region = 'us-west-2';
    const efs = new EFSClient(moto.config(region));
    const ec2 = new EC2Client(moto.config(region));
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
    const subnetA = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: `${region}a` }))).Subnet!.SubnetId!;
    const subnetB = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.2.0/24', AvailabilityZone: `${region}b` }))).Subnet!.SubnetId!;
    const group = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'nfs', Description: 'nfs', VpcId: vpc }))).GroupId!;
    // Subnet B is public (0.0.0.0/0 to an internet gateway) and the group admits NFS from anywhere.
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: group, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
    const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
    const rtb = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
    await ec2.send(new AssociateRouteTableCommand({ RouteTableId: rtb, SubnetId: subnetB }));

    const regional = await efs.send(new CreateFileSystemCommand({ CreationToken: 'regional', Encrypted: true, Backup: true }));
    const oneZone = await efs.send(new CreateFileSystemCommand({ CreationToken: 'onezone', AvailabilityZoneName: `${region}a` }));
    const bare = await efs.send(new CreateFileSystemCommand({ CreationToken: 'bare' }));
    for (const subnet of [subnetA, subnetB]) {
      await efs.send(new CreateMountTargetCommand({ FileSystemId: regional.FileSystemId, SubnetId: subnet, SecurityGroups: [group] }));
    }
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount' }] });
    await efs.send(new PutFileSystemPolicyCommand({ FileSystemId: regional.FileSystemId, Policy: policy }));
    const ownAccount = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'elasticfilesystem:ClientMount' }] });
    await efs.send(new PutFileSystemPolicyCommand({ FileSystemId: oneZone.FileSystemId, Policy: ownAccount }));
    const ap1 = await efs.send(new CreateAccessPointCommand({ FileSystemId: regional.FileSystemId, PosixUser: { Uid: 1000, Gid: 1000 }, RootDirectory: { Path: '/app' } }));
    const ap2 = await efs.send(new CreateAccessPointCommand({ FileSystemId: bare.FileSystemId }));

    const inv = await collectFromMoto(moto, [fileSystems, backupPolicies, fileSystemPolicies, accessPoints, mountTargets, securityGroups, routeTables], [region]);
    const fs = inv.get(fileSystems, region);
    if (!fs.ok) throw new Error('no file systems');
    const byId = Object.fromEntries(fs.data.map((f) => [f.id, f]));
    expect(byId[regional.FileSystemId!]).toMatchObject({ numberOfMountTargets: 2 });
    expect(byId[regional.FileSystemId!].availabilityZoneName).toBeUndefined();
    expect(byId[oneZone.FileSystemId!]).toMatchObject({ availabilityZoneName: `${region}a`, numberOfMountTargets: 0 });

    const arn = (id: string | undefined) => byId[id!].arn;
    const backups = inv.get(backupPolicies, region);
    // moto turns backups on for One Zone file systems, as AWS does by default.
    expect(backups.ok && [backups.data[arn(regional.FileSystemId)], backups.data[arn(oneZone.FileSystemId)], backups.data[arn(bare.FileSystemId)]]).toEqual([
      { ok: true, data: 'ENABLED' },
      { ok: true, data: 'ENABLED' },
      { ok: true, data: null },
    ]);
    const policies = inv.get(fileSystemPolicies, region);
    expect(policies.ok && policies.data[arn(regional.FileSystemId)]).toEqual({ ok: true, data: policy });
    expect(policies.ok && policies.data[arn(bare.FileSystemId)]).toEqual({ ok: true, data: null });

    const points = inv.get(accessPoints, region);
    expect(points.ok && points.data.map((p) => [p.id, p.fileSystemId, p.rootDirectory, p.posixUser])).toEqual([
      [ap1.AccessPointId, regional.FileSystemId, '/app', { uid: 1000, gid: 1000 }],
      [ap2.AccessPointId, bare.FileSystemId, '/', undefined],
    ]);

    const targets = inv.get(mountTargets, region);
    if (!targets.ok) throw new Error('no mount targets');
    const mine = targets.data[arn(regional.FileSystemId)];
    expect(mine.ok && mine.data.map((m) => [m.subnetId, m.vpcId, m.securityGroupIds]).sort()).toEqual(
      [
        [subnetA, vpc, { ok: true, data: [group] }],
        [subnetB, vpc, { ok: true, data: [group] }],
      ].sort(),
    );
    expect(mine.ok && mine.data.every((m) => /^10\.0\.[12]\.\d+$/.test(m.ipAddress ?? ''))).toBe(true);
    expect(targets.data[arn(bare.FileSystemId)]).toEqual({ ok: true, data: [] });

    // The checks over what moto returned.
    const run = (check: Check<any>) => Object.fromEntries([...evaluate([check], inv, { compliance: buildComplianceIndex() })].map((f) => [f.resource.id, f.status]));
    const [r, o, b] = [regional.FileSystemId!, oneZone.FileSystemId!, bare.FileSystemId!];
    expect(run(backupCheck)).toEqual({ [r]: 'PASS', [o]: 'PASS', [b]: 'FAIL' });
    expect(run(notPublic)).toEqual({ [r]: 'FAIL', [o]: 'PASS', [b]: 'FAIL' });
    expect(run(multiAz)).toEqual({ [r]: 'PASS', [o]: 'FAIL', [b]: 'FAIL' });
    expect(run(rootDirectory)).toEqual({ [ap1.AccessPointId!]: 'PASS', [ap2.AccessPointId!]: 'FAIL' });
    expect(run(mountTargetCheck)).toEqual({ [r]: 'FAIL', [o]: 'PASS', [b]: 'PASS' });
  }, 120_000);
});

describe('efs collectors errors (aws-sdk-client-mock)', () => {
  const fsList = { FileSystems: [{ FileSystemId: 'fs-1', FileSystemArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1', NumberOfMountTargets: 1 }] } as never;

  it('records AccessDenied as the fact error', async () => {
    const mock = mockClient(EFSClient);
    try {
      mock.on(DescribeFileSystemsCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [fileSystems]);
      expect(inv.get(fileSystems)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'elasticfilesystem:DescribeFileSystems' } });
    } finally {
      mock.restore();
    }
  });

  it('keeps per-file-system and per-mount-target denials as data (and PolicyNotFound as "no policy")', async () => {
    const mock = mockClient(EFSClient);
    try {
      mock.on(DescribeFileSystemsCommand).resolves(fsList);
      mock.on(DescribeBackupPolicyCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      mock.on(DescribeMountTargetsCommand).resolves({ MountTargets: [{ MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 'subnet-1', LifeCycleState: 'available' }] } as never);
      mock.on(DescribeMountTargetSecurityGroupsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [backupPolicies, mountTargets]);
      const arn = 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1';
      expect(inv.get(backupPolicies)).toMatchObject({ ok: true, data: { [arn]: { ok: false, error: { kind: 'AccessDenied', operation: 'elasticfilesystem:DescribeBackupPolicy' } } } });
      expect(inv.get(mountTargets)).toMatchObject({
        ok: true,
        data: { [arn]: { ok: true, data: [{ id: 'fsmt-1', securityGroupIds: { ok: false, error: { operation: 'elasticfilesystem:DescribeMountTargetSecurityGroups' } } }] } },
      });
    } finally {
      mock.restore();
    }
  });
});
