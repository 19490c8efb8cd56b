import { describe, expect, it } from 'vitest';
import check from './vpc_peering_routing_tables_with_least_privilege.js';
import { peeringConnections, routeTables, type PeeringConnection, type Route, type RouteTable } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// vpc-a (10.0.0.0/16) peers with vpc-b (10.1.0.0/16, 2600:1f18::/56) through pcx-1.
const pcx = (id = 'pcx-1', status = 'active'): PeeringConnection => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:vpc-peering-connection/${id}`,
  status,
  requester: { vpcId: 'vpc-a', ownerId: '123456789012', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: [] },
  accepter: { vpcId: 'vpc-b', ownerId: '210987654321', cidrBlocks: ['10.1.0.0/16'], ipv6CidrBlocks: ['2600:1f18::/56'] },
  tags: {},
});
const table = (id: string, vpcId: string, routes: Route[]): RouteTable => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:route-table/${id}`,
  vpcId,
  isMain: false,
  subnetIds: [],
  routes: [{ destinationCidr: '10.0.0.0/16', gatewayId: 'local', state: 'active' }, ...routes],
  tags: {},
});
const via = (dest: string, id = 'pcx-1'): Route => (dest.includes(':') ? { destinationIpv6Cidr: dest, vpcPeeringConnectionId: id } : { destinationCidr: dest, vpcPeeringConnectionId: id });

describe('vpc_peering_routing_tables_with_least_privilege', () => {
  it('PASS when every route through the connection stays within the peer blocks (or none exists)', () => {
    const fx = new FixtureInventory()
      .set(peeringConnections, [pcx(), pcx('pcx-unused'), pcx('pcx-gone', 'deleted')])
      .set(routeTables, [table('rtb-1', 'vpc-a', [via('10.1.4.0/24'), via('10.1.0.0/16'), via('2600:1f18:0:1::/64')])]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'pcx-1': 'PASS', 'pcx-unused': 'PASS' });
    expect(findings[0].statusExtended).toContain('all 3 route(s)');
    expect(findings[1].statusExtended).toContain('not the target of any route');
  });

  it('FAIL for a default route, a destination broader than or outside the peer blocks', () => {
    const fx = new FixtureInventory()
      .set(peeringConnections, [pcx()])
      .set(routeTables, [table('rtb-1', 'vpc-a', [via('0.0.0.0/0')]), table('rtb-2', 'vpc-a', [via('10.0.0.0/8')]), table('rtb-3', 'vpc-b', [via('10.0.0.0/24'), via('172.16.0.0/12')])]);
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('route table rtb-1 sends 0.0.0.0/0 (every address)');
    expect(f.statusExtended).toContain('rtb-2 sends 10.0.0.0/8 through it, which is not within the peer\'s blocks 10.1.0.0/16');
    // rtb-3 is in the accepter VPC, so its peer is the requester: 10.0.0.0/24 is fine, 172.16.0.0/12 is not.
    expect(f.statusExtended).toContain('rtb-3 sends 172.16.0.0/12');
    expect(f.statusExtended).not.toContain('10.0.0.0/24');
    expect(f.resource).toMatchObject({ id: 'pcx-1', details: { requesterVpc: 'vpc-a', accepterVpc: 'vpc-b' } });
  });

  it('FAIL for a route to the whole peer block when vpc_peering_allow_whole_peer_cidr is false', () => {
    const fx = new FixtureInventory().set(peeringConnections, [pcx()]).set(routeTables, [table('rtb-1', 'vpc-a', [via('10.1.0.0/16'), via('10.1.4.0/24')])]);
    expect(runCheck(check, fx)[0].status).toBe('PASS');
    const [f] = runCheck(check, fx, { config: { [check.id]: { vpc_peering_allow_whole_peer_cidr: false } } });
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain("sends the peer's entire block 10.1.0.0/16");
  });

  it('MANUAL for a prefix-list destination, which cannot be compared', () => {
    const fx = new FixtureInventory()
      .set(peeringConnections, [pcx()])
      .set(routeTables, [table('rtb-1', 'vpc-a', [{ destinationPrefixListId: 'pl-123', vpcPeeringConnectionId: 'pcx-1' }])]);
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('pl-123');
  });

  it('ERROR per region when connections are unreadable, per connection when route tables are', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(peeringConnections, { error: denied('ec2:DescribeVpcPeeringConnections') }, ['us-east-1'])
      .set(peeringConnections, [pcx()], ['eu-west-1'])
      .set(routeTables, { error: denied('ec2:DescribeRouteTables') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.resource.id, f.status])).toEqual([
      ['us-east-1', '123456789012', 'ERROR'],
      ['eu-west-1', 'pcx-1', 'ERROR'],
    ]);
    expect(findings[1].statusExtended).toContain('ec2:DescribeRouteTables');
  });
});
