import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateDBClusterCommand, CreateDBClusterSnapshotCommand, CreateDBSubnetGroupCommand, DescribeDBClustersCommand, NeptuneClient } from '@aws-sdk/client-neptune';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { clusters, clusterSnapshots, subnetGroups } from './collectors.js';

describe('neptune collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists Neptune clusters and their snapshots with the restore attribute', async () => {
    const client = new NeptuneClient(moto.config('us-east-1'));
    await client.send(
      new CreateDBClusterCommand({ DBClusterIdentifier: 'graph', Engine: 'neptune', StorageEncrypted: true, BackupRetentionPeriod: 5, DeletionProtection: true, CopyTagsToSnapshot: true }),
    );
    await client.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'graph', DBClusterSnapshotIdentifier: 'graph-snap' }));
    const inv = await collectFromMoto(moto, [clusters, clusterSnapshots]);
    const c = inv.get(clusters);
    expect(c.ok && c.data).toMatchObject([{ id: 'graph', engine: 'neptune', storageEncrypted: true, backupRetentionPeriod: 5, deletionProtection: true, copyTagsToSnapshot: true }]);
    const s = inv.get(clusterSnapshots);
    expect(s.ok && s.data.filter((x) => x.type === 'manual')).toMatchObject([{ id: 'graph-snap', source: 'graph', public: { ok: true, data: false } }]);
  });

  it('lists DB subnet groups with their VPC and subnets (moto lists only groups created explicitly)', async () => {
    const ec2 = new EC2Client(moto.config('us-east-1'));
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.8.0.0/16' }))).Vpc!.VpcId!;
    const a = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.8.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet!.SubnetId!;
    const b = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.8.2.0/24', AvailabilityZone: 'us-east-1b' }))).Subnet!.SubnetId!;
    const client = new NeptuneClient(moto.config('us-east-1'));
    await client.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: 'graph-private', DBSubnetGroupDescription: 'private', SubnetIds: [a, b] }));
    const inv = await collectFromMoto(moto, [subnetGroups]);
    const g = inv.get(subnetGroups);
    const group = g.ok ? g.data.find((x) => x.name === 'graph-private') : undefined;
    expect(group).toMatchObject({ vpcId: vpc });
    expect([...(group?.subnetIds ?? [])].sort()).toEqual([a, b].sort());
  });
});

describe('neptune collectors (aws-sdk-client-mock: moto drops IAM auth and Multi-AZ)', () => {
  it('reads IAM authentication and Multi-AZ, and records a denial as the fact error', async () => {
    const mock = mockClient(NeptuneClient);
    try {
      mock.on(DescribeDBClustersCommand).resolves({
        DBClusters: [{ DBClusterIdentifier: 'g', Engine: 'neptune', IAMDatabaseAuthenticationEnabled: true, MultiAZ: true, EnabledCloudwatchLogsExports: ['audit'] }],
      });
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [clusters]);
      expect(inv.get(clusters)).toMatchObject({ ok: true, data: [{ id: 'g', iamAuth: true, multiAz: true, cloudwatchLogs: ['audit'] }] });
      mock.reset();
      mock.on(DescribeDBClustersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const denied = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [clusters]);
      expect(denied.get(clusters)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'rds:DescribeDBClusters' } });
    } finally {
      mock.restore();
    }
  });
});
