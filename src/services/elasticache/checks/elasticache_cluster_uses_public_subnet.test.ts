import { describe, expect, it } from 'vitest';
import check from './elasticache_cluster_uses_public_subnet.js';
import { cacheClusters, subnetGroups } from '../collectors.js';
import { makeCacheCluster, makeSubnetGroup } from '../test-fixtures.js';
import { makeRouteTable } from '../../efs/test-fixtures.js';
import { routeTables } from '../../vpc/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const tables = [
  makeRouteTable('rtb-main', [], { isMain: true }),
  makeRouteTable('rtb-public', ['subnet-public'], { igw: 4 }),
  makeRouteTable('rtb-public6', ['subnet-public6'], { igw: 6 }),
];
const groups = [
  makeSubnetGroup('private', ['subnet-a', 'subnet-b']),
  makeSubnetGroup('mixed', ['subnet-a', 'subnet-public']),
  makeSubnetGroup('ipv6', ['subnet-public6']),
];
const fx = () =>
  new FixtureInventory()
    .set(cacheClusters, [
      makeCacheCluster('redis-private'),
      makeCacheCluster('redis-mixed', { subnetGroupName: 'mixed', replicationGroupId: 'rg-1' }),
      makeCacheCluster('memcached-ipv6', { engine: 'memcached', subnetGroupName: 'ipv6' }),
      makeCacheCluster('legacy', { subnetGroupName: undefined }),
    ])
    .set(subnetGroups, groups)
    .set(routeTables, tables);

describe('elasticache_cluster_uses_public_subnet', () => {
  it('FAIL for every engine when a subnet of its group routes the IPv4 or IPv6 internet to an internet gateway', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ 'redis-private': 'PASS', 'redis-mixed': 'FAIL', 'memcached-ipv6': 'FAIL', legacy: 'PASS' });
    expect(findings.find((f) => f.resource.id === 'redis-mixed')?.statusExtended).toBe(
      'ElastiCache Redis OSS cluster redis-mixed uses public subnet of subnet group mixed: subnet-public (route table rtb-public sends 0.0.0.0/0 to igw-1).',
    );
    expect(findings.find((f) => f.resource.id === 'memcached-ipv6')?.statusExtended).toContain('sends ::/0 to igw-1');
  });
  it('ERROR naming the call when the subnet groups or the route tables could not be read, or the group is missing', () => {
    const noGroups = runCheck(check, fx().set(subnetGroups, { error: denied('elasticache:DescribeCacheSubnetGroups') }));
    expect(statusById(noGroups)).toEqual({ 'redis-private': 'ERROR', 'redis-mixed': 'ERROR', 'memcached-ipv6': 'ERROR', legacy: 'PASS' });
    expect(noGroups[0].error?.operation).toBe('elasticache:DescribeCacheSubnetGroups');
    const noTables = runCheck(check, fx().set(routeTables, { error: denied('ec2:DescribeRouteTables') }));
    expect(noTables[0]).toMatchObject({ status: 'ERROR', error: { operation: 'ec2:DescribeRouteTables' } });
    const missing = runCheck(check, fx().set(subnetGroups, [groups[1]]));
    expect(missing.find((f) => f.resource.id === 'redis-private')).toMatchObject({ status: 'ERROR', error: { operation: 'elasticache:DescribeCacheSubnetGroups' } });
  });
  it('ERROR for the region when the clusters could not be listed', () => {
    const findings = runCheck(check, fx().set(cacheClusters, { error: denied('elasticache:DescribeCacheClusters') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('elasticache:DescribeCacheClusters');
  });
});
