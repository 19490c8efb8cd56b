import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateFileSystemCommand, DescribeFileSystemsCommand, FSxClient } from '@aws-sdk/client-fsx';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { fileSystems } from './collectors.js';

describe('fsx collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists file systems with their type, deployment type and tag copying', async () => {
    const ec2 = new EC2Client(moto.config('us-east-1'));
    const fsx = new FSxClient(moto.config('us-east-1'));
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.7.0.0/16' }))).Vpc!.VpcId!;
    const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.7.1.0/24' }))).Subnet!.SubnetId!;
    const win = await fsx.send(
      new CreateFileSystemCommand({
        FileSystemType: 'WINDOWS',
        StorageCapacity: 32,
        SubnetIds: [subnet],
        WindowsConfiguration: { ThroughputCapacity: 8, DeploymentType: 'SINGLE_AZ_2', CopyTagsToBackups: true },
        Tags: [{ Key: 'Name', Value: 'shares' }],
      }),
    );
    const zfs = await fsx.send(
      new CreateFileSystemCommand({
        FileSystemType: 'OPENZFS',
        StorageCapacity: 64,
        SubnetIds: [subnet],
        OpenZFSConfiguration: { ThroughputCapacity: 64, DeploymentType: 'SINGLE_AZ_1', CopyTagsToBackups: false, CopyTagsToVolumes: true },
      }),
    );
    const inv = await collectFromMoto(moto, [fileSystems]);
    const r = inv.get(fileSystems);
    expect(r.ok && Object.fromEntries(r.data.map((f) => [f.id, f]))).toMatchObject({
      [win.FileSystem!.FileSystemId!]: { type: 'WINDOWS', name: 'shares', deploymentType: 'SINGLE_AZ_2', copyTagsToBackups: true },
      [zfs.FileSystem!.FileSystemId!]: { type: 'OPENZFS', deploymentType: 'SINGLE_AZ_1', copyTagsToBackups: false, copyTagsToVolumes: true },
    });
  });
});

describe('fsx collectors errors (aws-sdk-client-mock)', () => {
  it('leaves the tag settings out where the type has none, and records a denial as the fact error', async () => {
    const mock = mockClient(FSxClient);
    try {
      mock.on(DescribeFileSystemsCommand).resolves({ FileSystems: [{ FileSystemId: 'fs-ontap', FileSystemType: 'ONTAP', OntapConfiguration: { DeploymentType: 'MULTI_AZ_1' } }] });
      const ok = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [fileSystems]);
      const r = ok.get(fileSystems);
      expect(r.ok && r.data).toEqual([{ id: 'fs-ontap', arn: 'arn:aws:fsx:us-east-1:123456789012:file-system/fs-ontap', type: 'ONTAP', deploymentType: 'MULTI_AZ_1', tags: {} }]);
      mock.reset();
      mock.on(DescribeFileSystemsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [fileSystems]);
      expect(inv.get(fileSystems)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'fsx:DescribeFileSystems' } });
    } finally {
      mock.restore();
    }
  });
});
