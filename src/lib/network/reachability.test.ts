import { describe, expect, it } from 'vitest';
import { AddressSet, coversInternet, coversMostOfInternet, hasPublicPart, isPublicAddress } from './address-set.js';
import type { NaclEntry, SgRule } from './exposure.js';
import { naclExposingPort } from './exposure.js';
import { ALL_PORT_RANGES, PORT_FAMILIES, familyRanges, describeFamilyPorts } from './ports.js';
import {
  describeExposure,
  endpointExposure,
  internetRoute,
  naclAllowed,
  naclPassages,
  routeTableFor,
  sgOpenings,
  sgProtocolOpenings,
  type AclView,
  type NetworkView,
  type RouteTableView,
} from './reachability.js';

const rule = (protocol: string, from: number | undefined, to: number | undefined, ipv4: string[] = ['0.0.0.0/0'], ipv6: string[] = []): SgRule => ({
  protocol,
  ...(from !== undefined ? { fromPort: from, toPort: to } : {}),
  ipv4,
  ipv6,
  prefixLists: [],
  groups: [],
});
const entry = (ruleNumber: number, allow: boolean, protocol: string, cidr = '0.0.0.0/0', ports?: [number, number], egress = false): NaclEntry => ({
  ruleNumber,
  allow,
  protocol,
  cidr,
  egress,
  ...(ports ? { fromPort: ports[0], toPort: ports[1] } : {}),
});
const DENY_REST = [entry(32767, false, '-1'), entry(32768, false, '-1', '::/0'), entry(32767, false, '-1', '0.0.0.0/0', undefined, true), entry(32768, false, '-1', '::/0', undefined, true)];
/** The default ACL AWS creates: everything allowed both ways, both families. */
const OPEN_ACL = [
  entry(100, true, '-1'),
  entry(101, true, '-1', '::/0'),
  entry(100, true, '-1', '0.0.0.0/0', undefined, true),
  entry(101, true, '-1', '::/0', undefined, true),
  ...DENY_REST,
];
const SSH = [{ protocol: 'tcp' as const, from: 22, to: 22 }];

describe('address sets', () => {
  it('unions, intersects and subtracts intervals', () => {
    const a = AddressSet.of(4, ['10.0.0.0/24', '10.0.1.0/24']);
    expect(a.intervals).toEqual([[0x0a000000n, 0x0a0001ffn]]);
    expect(a.size).toBe(512n);
    expect(a.minus(AddressSet.of(4, ['10.0.0.128/25'])).size).toBe(384n);
    expect(a.intersect(AddressSet.of(4, ['10.0.1.0/25', '192.168.0.0/16'])).size).toBe(128n);
    expect(AddressSet.of(4, ['::/0']).isEmpty).toBe(true);
  });
  it.each([
    [['0.0.0.0/0'], 4, true],
    [['0.0.0.0/1', '128.0.0.0/1'], 4, true],
    [['0.0.0.0/1'], 4, false],
    [['1.0.0.0/8', '2.0.0.0/7', '4.0.0.0/6', '8.0.0.0/7', '11.0.0.0/8', '12.0.0.0/6', '16.0.0.0/4', '32.0.0.0/3', '64.0.0.0/3', '96.0.0.0/4', '112.0.0.0/5', '120.0.0.0/6', '124.0.0.0/7', '126.0.0.0/8', '192.0.0.0/3'], 4, false],
    [['::/0'], 6, true],
    [['2000::/3'], 6, true],
    [['2000::/4'], 6, false],
  ])('%j covers the %s internet: %s', (cidrs, family, expected) => {
    expect(coversInternet(AddressSet.of(family as 4 | 6, cidrs))).toBe(expected);
  });
  it('tells public blocks from private ones', () => {
    expect(hasPublicPart('10.0.0.0/8')).toBe(false);
    expect(hasPublicPart('0.0.0.0/1')).toBe(true);
    expect(isPublicAddress('203.0.113.7')).toBe(true);
    expect(isPublicAddress('172.16.5.4')).toBe(false);
    expect(isPublicAddress('2600:1f18::1')).toBe(true);
    expect(isPublicAddress('fd00::1')).toBe(false);
    expect(coversMostOfInternet(AddressSet.all(4).minus(AddressSet.of(4, ['198.51.100.0/24'])))).toBe(true);
    expect(coversMostOfInternet(AddressSet.of(4, ['198.51.100.0/24']))).toBe(false);
  });
});

describe('port families', () => {
  it('are data with TCP and UDP ports', () => {
    expect(PORT_FAMILIES.memcached).toMatchObject({ tcp: [11211], udp: [11211] });
    expect(describeFamilyPorts(PORT_FAMILIES.cifs)).toBe('TCP 139, 445 and UDP 137, 138');
    expect(familyRanges(PORT_FAMILIES.ftp)).toEqual([
      { protocol: 'tcp', from: 20, to: 20 },
      { protocol: 'tcp', from: 21, to: 21 },
    ]);
  });
});

describe('security group openings', () => {
  it.each([
    ['0.0.0.0/0 on the port', [rule('tcp', 22, 22)], [[4, 22, 22]]],
    ['::/0 on the port', [rule('tcp', 22, 22, [], ['::/0'])], [[6, 22, 22]]],
    ['both families', [rule('tcp', 22, 22, ['0.0.0.0/0'], ['::/0'])], [[4, 22, 22], [6, 22, 22]]],
    ['all traffic', [rule('-1', undefined, undefined)], [[4, 22, 22]]],
    ['the internet split over two rules', [rule('tcp', 22, 22, ['0.0.0.0/1']), rule('6', 0, 1024, ['128.0.0.0/1'])], [[4, 22, 22]]],
    ['only half of the internet', [rule('tcp', 22, 22, ['0.0.0.0/1'])], []],
    ['every public range but not private ones', [rule('tcp', 22, 22, ['0.0.0.0/5', '8.0.0.0/7', '11.0.0.0/8', '12.0.0.0/6', '16.0.0.0/4', '32.0.0.0/3', '64.0.0.0/2', '128.0.0.0/1'])], [[4, 22, 22]]],
    ['a private range', [rule('tcp', 22, 22, ['10.0.0.0/8'])], []],
    ['a partner range', [rule('tcp', 22, 22, ['198.51.100.0/24'])], []],
    ['UDP only', [rule('udp', 22, 22)], []],
    ['another port', [rule('tcp', 443, 443)], []],
    ['a group reference', [{ ...rule('tcp', 22, 22, []), groups: ['sg-2'] }], []],
  ])('TCP 22: %s', (_name, rules, expected) => {
    expect(sgOpenings(rules, SSH).map((o) => [o.family, o.from, o.to])).toEqual(expected);
  });

  it('finds the open parts of a range, merging port ranges split across rules', () => {
    const rules = [rule('tcp', 0, 1000), rule('tcp', 1001, 65535), rule('udp', 53, 53, [], ['::/0'])];
    expect(sgOpenings(rules, ALL_PORT_RANGES).map((o) => [o.family, o.protocol, o.from, o.to])).toEqual([
      [4, 'tcp', 0, 65535],
      [6, 'udp', 53, 53],
    ]);
    const gap = [rule('tcp', 0, 1000), rule('tcp', 1002, 65535)];
    expect(sgOpenings(gap, [{ protocol: 'tcp', from: 0, to: 65535 }]).map((o) => [o.from, o.to])).toEqual([
      [0, 1000],
      [1002, 65535],
    ]);
  });

  it('names the public sources and owning groups', () => {
    const [o] = sgOpenings(
      [
        { rule: rule('tcp', 22, 22, ['0.0.0.0/1', '10.0.0.0/8']), groupId: 'sg-a' },
        { rule: rule('tcp', 22, 22, ['128.0.0.0/1']), groupId: 'sg-b' },
      ],
      SSH,
    );
    expect(o).toMatchObject({ sources: ['0.0.0.0/1', '128.0.0.0/1'], groupIds: ['sg-a', 'sg-b'] });
  });

  it('reports other protocols open to the internet', () => {
    expect(sgProtocolOpenings([rule('icmp', -1, -1), rule('50', undefined, undefined, ['10.0.0.0/8'])]).map((o) => [o.family, o.protocol])).toEqual([[4, 'icmp']]);
    expect(sgProtocolOpenings([rule('-1', undefined, undefined, [], ['::/0'])]).map((o) => [o.family, o.protocol])).toEqual([[6, 'all']]);
  });
});

describe('network ACL evaluation', () => {
  it('lets the first matching entry decide per address', () => {
    const entries = [entry(10, false, '6', '203.0.113.0/24', [22, 22]), entry(20, true, '-1'), ...DENY_REST];
    const { allowed, by } = naclAllowed(entries, 'ingress', 4, 'tcp', 22);
    expect(allowed.size).toBe((1n << 32n) - 256n);
    expect(by.map((e) => e.ruleNumber)).toEqual([20]);
  });

  it.each([
    ['allow all', [entry(100, true, '-1'), ...DENY_REST], [[22, 22]]],
    ['deny the port first', [entry(50, false, '6', '0.0.0.0/0', [22, 22]), entry(100, true, '-1'), ...DENY_REST], []],
    ['a deny split over two halves of the internet', [entry(10, false, '-1', '0.0.0.0/1'), entry(20, false, '-1', '128.0.0.0/1'), entry(100, true, '-1'), ...DENY_REST], []],
    ['a deny for one range leaves the port open', [entry(10, false, '-1', '198.51.100.0/24'), entry(100, true, '-1'), ...DENY_REST], [[22, 22]]],
    ['allow only a partner range', [entry(100, true, '6', '198.51.100.0/24', [22, 22]), ...DENY_REST], []],
    ['rule numbers decide, not positions', [entry(100, true, '-1'), entry(50, false, '-1'), ...DENY_REST], []],
  ])('inbound TCP 22: %s', (_name, entries, expected) => {
    expect(naclPassages(entries, 'ingress', 4, SSH[0]).map((p) => [p.from, p.to])).toEqual(expected);
  });

  it('splits a range where a deny covers part of it', () => {
    const entries = [entry(10, false, '6', '0.0.0.0/0', [3306, 3306]), entry(100, true, '6', '0.0.0.0/0', [0, 65535]), ...DENY_REST];
    expect(naclPassages(entries, 'ingress', 4, { protocol: 'tcp', from: 3000, to: 4000 }).map((p) => [p.from, p.to])).toEqual([
      [3000, 3305],
      [3307, 4000],
    ]);
  });

  it('naclExposingPort agrees with the passages (deny split across rules closes the port)', () => {
    expect(naclExposingPort([entry(10, false, '-1', '0.0.0.0/1'), entry(20, false, '-1', '128.0.0.0/1'), entry(100, true, '-1'), ...DENY_REST], { protocol: 'tcp', port: 22 })).toEqual([]);
  });
});

describe('routes', () => {
  const table = (routes: RouteTableView['routes'], o: Partial<RouteTableView> = {}): RouteTableView => ({ id: 'rtb-1', vpcId: 'vpc-1', isMain: false, subnetIds: ['subnet-1'], routes, ...o });
  const local = { destinationCidr: '10.0.0.0/16', gatewayId: 'local', state: 'active' };
  it.each([
    ['default route to an internet gateway', [local, { destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' }], 4, true],
    ['IPv6 default route to an internet gateway', [local, { destinationIpv6Cidr: '::/0', gatewayId: 'igw-1', state: 'active' }], 6, true],
    ['IPv4 route but asking IPv6', [local, { destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' }], 6, false],
    ['egress-only gateway', [{ destinationIpv6Cidr: '::/0', gatewayId: 'eigw-1', state: 'active' }], 6, false],
    ['NAT gateway (no gatewayId)', [local, { destinationCidr: '0.0.0.0/0', state: 'active' }], 4, false],
    ['blackhole', [{ destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1', state: 'blackhole' }], 4, false],
    ['two halves to the gateway', [{ destinationCidr: '0.0.0.0/1', gatewayId: 'igw-1' }, { destinationCidr: '128.0.0.0/1', gatewayId: 'igw-1' }], 4, true],
    ['only a partner range to the gateway', [{ destinationCidr: '198.51.100.0/24', gatewayId: 'igw-1' }], 4, false],
    ['more specific routes elsewhere take only their part', [{ destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1' }, { destinationCidr: '198.51.100.0/24', gatewayId: 'vgw-1' }], 4, true],
    ['no routes', [], 4, false],
  ])('%s', (_name, routes, family, routed) => {
    expect(internetRoute(table(routes), family as 4 | 6).routed).toBe(routed);
  });
  it('uses the explicit association, else the main table of the VPC', () => {
    const tables = [table([], { id: 'rtb-main', isMain: true, subnetIds: [] }), table([], { id: 'rtb-sub', subnetIds: ['subnet-2'] })];
    expect(routeTableFor(tables, 'subnet-2', 'vpc-1')?.id).toBe('rtb-sub');
    expect(routeTableFor(tables, 'subnet-9', 'vpc-1')?.id).toBe('rtb-main');
    expect(routeTableFor(tables, 'subnet-9', 'vpc-2')).toBeUndefined();
  });
});

describe('endpoint exposure', () => {
  const publicRt: RouteTableView = {
    id: 'rtb-pub',
    vpcId: 'vpc-1',
    isMain: false,
    subnetIds: ['subnet-pub'],
    routes: [
      { destinationCidr: '10.0.0.0/16', gatewayId: 'local', state: 'active' },
      { destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' },
      { destinationIpv6Cidr: '::/0', gatewayId: 'igw-1', state: 'active' },
    ],
  };
  const mainRt: RouteTableView = { id: 'rtb-main', vpcId: 'vpc-1', isMain: true, subnetIds: [], routes: [{ destinationCidr: '10.0.0.0/16', gatewayId: 'local', state: 'active' }] };
  const defaultAcl: AclView = { id: 'acl-default', vpcId: 'vpc-1', isDefault: true, subnetIds: [], entries: OPEN_ACL };
  const view = (groups: Record<string, SgRule[]>, o: Partial<NetworkView> = {}): NetworkView => ({
    groups: new Map(Object.entries(groups).map(([id, ingress]) => [id, { id, ingress }])),
    acls: [defaultAcl],
    routeTables: [publicRt, mainRt],
    ...o,
  });
  const ep = { subnetId: 'subnet-pub', vpcId: 'vpc-1', securityGroupIds: ['sg-1'], publicIpv4: '203.0.113.7' };

  it('is reachable with an open group, a public address, an internet route and an open ACL', () => {
    const r = endpointExposure(view({ 'sg-1': [rule('tcp', 22, 22)] }), ep, SSH);
    expect(r.missingGroups).toEqual([]);
    expect(r.exposures).toHaveLength(1);
    expect(r.exposures[0]).toMatchObject({ reachable: true, address: '203.0.113.7', routeTableId: 'rtb-pub', naclId: 'acl-default', groupIds: ['sg-1'] });
    expect(describeExposure(r.exposures[0])).toBe('TCP port 22 from 0.0.0.0/0 (security group sg-1) on 203.0.113.7');
  });

  it('adds up the rules of all groups of the interface', () => {
    const r = endpointExposure(view({ 'sg-1': [rule('tcp', 22, 22, ['0.0.0.0/1'])], 'sg-2': [rule('tcp', 22, 22, ['128.0.0.0/1'])] }), { ...ep, securityGroupIds: ['sg-1', 'sg-2'] }, SSH);
    expect(r.exposures.map((e) => e.reachable)).toEqual([true]);
  });

  it.each([
    ['no public IPv4 address', { publicIpv4: undefined }, {}, 'it has no public IPv4 address'],
    ['subnet routed through the main table without an internet gateway', { subnetId: 'subnet-private' }, {}, 'route table rtb-main has no route for 0.0.0.0/0'],
    [
      'ACL denies the port',
      {},
      { acls: [{ ...defaultAcl, entries: [entry(10, false, '6', '0.0.0.0/0', [22, 22]), ...OPEN_ACL] }] },
      'network ACL acl-default denies it inbound',
    ],
    [
      'ACL lets no replies out',
      {},
      { acls: [{ ...defaultAcl, entries: [entry(100, true, '-1'), ...DENY_REST] }] },
      'network ACL acl-default lets no replies out',
    ],
  ])('is blocked: %s', (_name, epChange, viewChange, reason) => {
    const r = endpointExposure(view({ 'sg-1': [rule('tcp', 22, 22)] }, viewChange), { ...ep, ...epChange }, SSH);
    expect(r.exposures).toHaveLength(1);
    expect(r.exposures[0].reachable).toBe(false);
    expect(r.exposures[0].blockedBy).toContain(reason);
  });

  it('uses the ACL associated with the subnet rather than the default one', () => {
    const strict: AclView = { id: 'acl-strict', vpcId: 'vpc-1', isDefault: false, subnetIds: ['subnet-pub'], entries: DENY_REST };
    const r = endpointExposure(view({ 'sg-1': [rule('tcp', 22, 22)] }, { acls: [defaultAcl, strict] }), ep, SSH);
    expect(r.exposures[0]).toMatchObject({ reachable: false, naclId: 'acl-strict' });
  });

  it('judges IPv6 separately: a global IPv6 address and an IPv6 route', () => {
    const groups = { 'sg-1': [rule('tcp', 22, 22, [], ['::/0'])] };
    const v6 = endpointExposure(view(groups), { ...ep, publicIpv4: undefined, ipv6Addresses: ['2600:1f18::5'] }, SSH);
    expect(v6.exposures[0]).toMatchObject({ family: 6, reachable: true, address: '2600:1f18::5' });
    const linkLocalOnly = endpointExposure(view(groups), { ...ep, ipv6Addresses: ['fd00::5'] }, SSH);
    expect(linkLocalOnly.exposures[0]).toMatchObject({ reachable: false, blockedBy: 'it has no public IPv6 address' });
  });

  it('splits a range into reachable and blocked parts', () => {
    const acl: AclView = { ...defaultAcl, entries: [entry(10, false, '6', '0.0.0.0/0', [3306, 3306]), ...OPEN_ACL] };
    const r = endpointExposure(view({ 'sg-1': [rule('tcp', 3300, 3310)] }, { acls: [acl] }), ep, [{ protocol: 'tcp', from: 3300, to: 3310 }]);
    expect(r.exposures.map((e) => [e.from, e.to, e.reachable])).toEqual([
      [3300, 3305, true],
      [3306, 3306, false],
      [3307, 3310, true],
    ]);
  });

  it('is unknown when the route tables or ACLs could not be read, unless something else already blocks it', () => {
    const groups = { 'sg-1': [rule('tcp', 22, 22)] };
    expect(endpointExposure(view(groups, { routeTables: undefined }), ep, SSH).exposures[0]).toMatchObject({ reachable: undefined, unknown: 'routeTables' });
    expect(endpointExposure(view(groups, { acls: undefined }), ep, SSH).exposures[0]).toMatchObject({ reachable: undefined, unknown: 'networkAcls' });
    expect(endpointExposure(view(groups, { acls: undefined }), { ...ep, publicIpv4: undefined }, SSH).exposures[0].reachable).toBe(false);
  });

  it('reports missing groups and nothing for closed ports', () => {
    const r = endpointExposure(view({ 'sg-1': [rule('tcp', 443, 443)] }), { ...ep, securityGroupIds: ['sg-1', 'sg-gone'] }, SSH);
    expect(r).toEqual({ missingGroups: ['sg-gone'], exposures: [] });
  });
});
