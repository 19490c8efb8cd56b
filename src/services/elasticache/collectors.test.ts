import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddTagsToResourceCommand,
  CreateCacheClusterCommand,
  CreateCacheSubnetGroupCommand,
  CreateReplicationGroupCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  ElastiCacheClient,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-elasticache';
import { AssociateRouteTableCommand, AttachInternetGatewayCommand, CreateInternetGatewayCommand, CreateRouteCommand, CreateRouteTableCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { evaluate } from '../../core/evaluate.js';
import { buildComplianceIndex } from '../../compliance/index.js';
import { routeTables } from '../vpc/collectors.js';
import { cacheClusters, replicationGroups, subnetGroups } from './collectors.js';
import publicSubnet from './checks/elasticache_cluster_uses_public_subnet.js';
import auth from './checks/elasticache_redis_replication_group_auth_enabled.js';
import backup from './checks/elasticache_redis_cluster_backup_enabled.js';
import multiAz from './checks/elasticache_redis_cluster_multi_az_enabled.js';

describe('elasticache collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists clusters, replication groups and subnet groups; the checks judge them end to end', async () => {
    const ec2 = new EC2Client(moto.config('us-east-1'));
    const cache = new ElastiCacheClient(moto.config('us-east-1'));
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }))).Vpc!.VpcId!;
    const priv = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.1.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet!.SubnetId!;
    const pub = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.1.2.0/24', AvailabilityZone: 'us-east-1b' }))).Subnet!.SubnetId!;
    const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
    const rtb = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
    await ec2.send(new AssociateRouteTableCommand({ RouteTableId: rtb, SubnetId: pub }));
    await cache.send(new CreateCacheSubnetGroupCommand({ CacheSubnetGroupName: 'private', CacheSubnetGroupDescription: 'private', SubnetIds: [priv] }));
    await cache.send(new CreateCacheSubnetGroupCommand({ CacheSubnetGroupName: 'public', CacheSubnetGroupDescription: 'public', SubnetIds: [pub] }));

    await cache.send(
      new CreateCacheClusterCommand({ CacheClusterId: 'standalone', Engine: 'redis', CacheNodeType: 'cache.t4g.micro', CacheSubnetGroupName: 'public', SnapshotRetentionLimit: 1, AutoMinorVersionUpgrade: false }),
    );
    await cache.send(new CreateCacheClusterCommand({ CacheClusterId: 'memo', Engine: 'memcached', CacheNodeType: 'cache.t4g.micro', NumCacheNodes: 2, CacheSubnetGroupName: 'private' }));
    await cache.send(
      new CreateReplicationGroupCommand({
        ReplicationGroupId: 'sessions',
        ReplicationGroupDescription: 'sessions',
        Engine: 'valkey',
        NumCacheClusters: 2,
        CacheSubnetGroupName: 'private',
        AutomaticFailoverEnabled: true,
        MultiAZEnabled: true,
        SnapshotRetentionLimit: 7,
        AtRestEncryptionEnabled: true,
        TransitEncryptionEnabled: true,
        AuthToken: 'a-long-enough-auth-token-1234',
        AutoMinorVersionUpgrade: true,
      }),
    );
    await cache.send(new AddTagsToResourceCommand({ ResourceName: 'arn:aws:elasticache:us-east-1:123456789012:cluster:standalone', Tags: [{ Key: 'team', Value: 'edge' }] }));
    await cache.send(new CreateReplicationGroupCommand({ ReplicationGroupId: 'scratch', ReplicationGroupDescription: 'scratch', Engine: 'redis', NumCacheClusters: 1 }));

    const inv = await collectFromMoto(moto, [cacheClusters, replicationGroups, subnetGroups, routeTables]);
    const nodes = inv.get(cacheClusters);
    if (!nodes.ok) throw new Error('no clusters');
    const byId = Object.fromEntries(nodes.data.map((n) => [n.id, n]));
    expect(byId.standalone).toMatchObject({ engine: 'redis', subnetGroupName: 'public', snapshotRetentionLimit: 1, autoMinorVersionUpgrade: false, authTokenEnabled: false });
    expect(byId.standalone.replicationGroupId).toBeUndefined();
    expect(byId.memo).toMatchObject({ engine: 'memcached', numNodes: 2 });
    expect(byId.standalone.tags).toEqual({ team: 'edge' });
    expect(byId.standalone.arn).toBe('arn:aws:elasticache:us-east-1:123456789012:cluster:standalone');

    const groups = inv.get(replicationGroups);
    if (!groups.ok) throw new Error('no groups');
    const g = Object.fromEntries(groups.data.map((x) => [x.id, x]));
    expect(g.sessions).toMatchObject({
      engine: 'valkey',
      multiAZ: 'enabled',
      automaticFailover: 'enabled',
      snapshotRetentionLimit: 7,
      atRestEncryptionEnabled: true,
      transitEncryptionEnabled: true,
      authTokenEnabled: true,
      autoMinorVersionUpgrade: true,
      arn: 'arn:aws:elasticache:us-east-1:123456789012:replicationgroup:sessions',
    });
    expect(g.sessions.memberClusters[0]).toBe('sessions-001');
    expect(g.scratch).toMatchObject({ multiAZ: 'disabled', automaticFailover: 'disabled', snapshotRetentionLimit: 0, authTokenEnabled: false, userGroupIds: [] });

    expect(inv.get(subnetGroups)).toMatchObject({ ok: true, data: expect.arrayContaining([expect.objectContaining({ name: 'public', vpcId: vpc, subnetIds: [pub] })]) });

    const run = (check: typeof auth) => Object.fromEntries([...evaluate([check], inv, { compliance: buildComplianceIndex() })].map((f) => [f.resource.id, f.status]));
    expect(run(publicSubnet)).toEqual({ standalone: 'FAIL', memo: 'PASS' });
    const [standaloneFinding] = [...evaluate([publicSubnet], inv, { compliance: buildComplianceIndex() })].filter((f) => f.resource.id === 'standalone');
    expect(standaloneFinding.resource.tags).toEqual({ team: 'edge' });
    expect(run(auth)).toEqual({ sessions: 'PASS', scratch: 'FAIL', standalone: 'FAIL' });
    expect(run(backup)).toEqual({ sessions: 'PASS', scratch: 'FAIL', standalone: 'FAIL' });
    expect(run(multiAz)).toEqual({ sessions: 'PASS', scratch: 'FAIL', standalone: 'FAIL' });
  }, 120_000);
});

describe('elasticache collectors errors (aws-sdk-client-mock)', () => {
  it('records denied listings as the fact errors', async () => {
    const mock = mockClient(ElastiCacheClient);
    try {
      mock.on(DescribeCacheClustersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      mock.on(DescribeReplicationGroupsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [cacheClusters, replicationGroups]);
      expect(inv.get(cacheClusters)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'elasticache:DescribeCacheClusters' } });
      expect(inv.get(replicationGroups)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'elasticache:DescribeReplicationGroups' } });
    } finally {
      mock.restore();
    }
  });
  it('a denied tag read leaves the tags unset and the listing intact', async () => {
    const mock = mockClient(ElastiCacheClient);
    try {
      mock.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [{ CacheClusterId: 'c1', Engine: 'redis', ARN: 'arn:aws:elasticache:us-east-1:123456789012:cluster:c1' }] } as never);
      mock.on(ListTagsForResourceCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [cacheClusters]);
      const r = inv.get(cacheClusters);
      expect(r.ok && r.data.map((c) => [c.id, c.tags])).toEqual([['c1', undefined]]);
    } finally {
      mock.restore();
    }
  });
});
