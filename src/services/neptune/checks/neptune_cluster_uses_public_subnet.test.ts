import { describe, expect, it } from 'vitest';
import check from './neptune_cluster_uses_public_subnet.js';
import { clusters, subnetGroups } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { routeTables } from '../../vpc/collectors.js';
import { routeTable } from '../../dms/network-fixtures.test-helper.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

// Prowler takes a subnet as public when any route of its table targets an igw-; here the internet (0.0.0.0/0 or
// ::/0, by longest prefix match over active routes) must go to the internet gateway, and a subnet without its own
// table follows the VPC's main table.
const GROUPS = [
  { name: 'private', arn: 'arn:aws:rds:us-east-1:123456789012:subgrp:private', vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-main'] },
  { name: 'mixed', arn: 'arn:aws:rds:us-east-1:123456789012:subgrp:mixed', vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-pub'] },
  { name: 'partner', arn: 'arn:aws:rds:us-east-1:123456789012:subgrp:partner', vpcId: 'vpc-1', subnetIds: ['subnet-partner'] },
  { name: 'main-public', arn: 'arn:aws:rds:us-east-1:123456789012:subgrp:main-public', vpcId: 'vpc-2', subnetIds: ['subnet-x'] },
];
const partner = routeTable('rtb-partner', ['subnet-partner']);
partner.routes.push({ destinationCidr: '198.51.100.0/24', gatewayId: 'igw-1', state: 'active' });
const TABLES = [
  routeTable('rtb-a', ['subnet-a']),
  routeTable('rtb-pub', ['subnet-pub'], { internet: true }),
  routeTable('rtb-main', [], { main: true }),
  routeTable('rtb-main-2', [], { main: true, vpcId: 'vpc-2', internet: true }),
  partner,
];
const network = (fx: FixtureInventory) => fx.set(subnetGroups, GROUPS).set(routeTables, TABLES);

describe('neptune_cluster_uses_public_subnet', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}, { dbSubnetGroup: 'partner' }],
    fail: [{ dbSubnetGroup: 'mixed' }, { dbSubnetGroup: 'main-public' }],
    failSays: 'subnet-pub (route table rtb-pub)',
    extra: network,
  });

  it('ERROR naming the call when the subnet groups or route tables could not be read, or the group is missing', () => {
    const groups = runCheck(check, network(new FixtureInventory()).set(clusters, [makeCluster('g')]).set(subnetGroups, { error: denied('rds:DescribeDBSubnetGroups') }));
    expect(groups.map((f) => [f.status, f.statusExtended.includes('rds:DescribeDBSubnetGroups')])).toEqual([['ERROR', true]]);
    const tables = runCheck(check, network(new FixtureInventory()).set(clusters, [makeCluster('g')]).set(routeTables, { error: denied('ec2:DescribeRouteTables') }));
    expect(tables.map((f) => [f.status, f.statusExtended.includes('ec2:DescribeRouteTables')])).toEqual([['ERROR', true]]);
    const missing = runCheck(check, network(new FixtureInventory()).set(clusters, [makeCluster('g', { dbSubnetGroup: 'default' })]));
    expect(missing.map((f) => f.status)).toEqual(['ERROR']);
    expect(missing[0].statusExtended).toContain('default');
  });
});
