import { describe, expect, it } from 'vitest';
import check from './dms_instance_no_public_access.js';
import { replicationInstances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { networkAcls, securityGroups } from '../../ec2/collectors.js';
import { makeSecurityGroup, sgRule } from '../../ec2/test-fixtures.js';
import { routeTables } from '../../vpc/collectors.js';
import { openAcl, routeTable } from '../network-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// Prowler fails a publicly accessible instance as soon as one of its groups admits 0.0.0.0/0; here the
// instance must also have a public address, a route to an internet gateway and a network ACL that lets the
// traffic through (src/lib/network), and rules adding up to the whole internet count too.
const GROUPS = [
  makeSecurityGroup('sg-open', [sgRule('tcp', 5432, 5432, ['0.0.0.0/0'])]),
  makeSecurityGroup('sg-halves', [sgRule('tcp', 1024, 2048, ['0.0.0.0/1']), sgRule('tcp', 1024, 2048, ['128.0.0.0/1'])]),
  makeSecurityGroup('sg-office', [sgRule('tcp', 5432, 5432, ['203.0.113.0/24'])]),
];
const network = (fx: FixtureInventory) =>
  fx
    .set(securityGroups, GROUPS)
    .set(networkAcls, [openAcl('acl-1', [])])
    .set(routeTables, [routeTable('rtb-public', ['subnet-pub'], { internet: true }), routeTable('rtb-main', [], { main: true })]);
const pub = (o: Parameters<typeof makeInstance>[1]) => ({ publiclyAccessible: true, publicIps: ['54.0.0.1'], subnetIds: ['subnet-pub'], ...o });

describe('dms_instance_no_public_access', () => {
  it('fails publicly accessible instances the internet reaches, and passes the rest saying what blocks them', () => {
    const findings = runCheck(
      check,
      network(new FixtureInventory()).set(replicationInstances, [
        makeInstance('private', { securityGroupIds: ['sg-open'], subnetIds: ['subnet-pub'] }),
        makeInstance('open', pub({ securityGroupIds: ['sg-open'] })),
        makeInstance('halves', pub({ securityGroupIds: ['sg-halves'] })),
        makeInstance('one-public-subnet', pub({ securityGroupIds: ['sg-open'], subnetIds: ['subnet-priv', 'subnet-pub'] })),
        makeInstance('office-only', pub({ securityGroupIds: ['sg-office'] })),
        makeInstance('no-route', pub({ securityGroupIds: ['sg-open'], subnetIds: ['subnet-priv'] })),
        makeInstance('no-address', pub({ securityGroupIds: ['sg-open'], publicIps: [] })),
      ]),
    );
    expect(statusById(findings)).toEqual({
      private: 'PASS',
      open: 'FAIL',
      halves: 'FAIL',
      'one-public-subnet': 'FAIL',
      'office-only': 'PASS',
      'no-route': 'PASS',
      'no-address': 'PASS',
    });
    const says = Object.fromEntries(findings.map((f) => [f.resource.id, f.statusExtended]));
    expect(says.open).toContain('TCP port 5432 from 0.0.0.0/0 (security group sg-open) on 54.0.0.1');
    expect(says['no-route']).toContain('rtb-main has no route for 0.0.0.0/0 to an internet gateway');
    expect(says['no-address']).toContain('no public IPv4 address');
    expect(says['office-only']).toContain('no security group of it admits traffic from the internet');
  });

  it('ERROR naming the call when the instances, the security groups or the route tables could not be read', () => {
    const listing = runCheck(check, network(new FixtureInventory()).set(replicationInstances, { error: denied('dms:DescribeReplicationInstances') }));
    expect(listing.map((f) => [f.status, f.statusExtended.includes('dms:DescribeReplicationInstances')])).toEqual([['ERROR', true]]);

    const instance = [makeInstance('open', pub({ securityGroupIds: ['sg-open'] }))];
    const groups = runCheck(check, network(new FixtureInventory()).set(replicationInstances, instance).set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }));
    expect(groups.map((f) => [f.resource.id, f.status])).toEqual([['open', 'ERROR']]);
    expect(groups[0].statusExtended).toContain('security groups could not be read');

    const routes = runCheck(check, network(new FixtureInventory()).set(replicationInstances, instance).set(routeTables, { error: denied('ec2:DescribeRouteTables') }));
    expect(routes.map((f) => [f.resource.id, f.status])).toEqual([['open', 'ERROR']]);
    expect(routes[0].statusExtended).toContain('ec2:DescribeRouteTables');

    const missing = runCheck(check, network(new FixtureInventory()).set(replicationInstances, [makeInstance('ghost', pub({ securityGroupIds: ['sg-gone'] }))]));
    expect(missing.map((f) => f.status)).toEqual(['ERROR']);
    expect(missing[0].statusExtended).toContain('sg-gone');
  });
});
