import { describe, expect, it } from 'vitest';
import {
  coversAllPorts,
  coversPort,
  describeNaclEntry,
  describePorts,
  describeSgExposure,
  naclExposingAllPorts,
  naclExposingPort,
  protocolName,
  sgExposingAllPorts,
  sgExposingPort,
  sgInternetRules,
  type NaclEntry,
  type SgRule,
} from './exposure.js';

const sg = (protocol: string, fromPort?: number, toPort?: number, ipv4: string[] = ['0.0.0.0/0'], ipv6: string[] = []): SgRule => ({
  protocol,
  fromPort,
  toPort,
  ipv4,
  ipv6,
  prefixLists: [],
  groups: [],
});
const acl = (ruleNumber: number, allow: boolean, protocol: string, cidr = '0.0.0.0/0', fromPort?: number, toPort?: number, egress = false): NaclEntry => ({
  ruleNumber,
  allow,
  protocol,
  cidr,
  fromPort,
  toPort,
  egress,
});
const DEFAULT_DENY = [acl(32767, false, '-1'), acl(32768, false, '-1', '::/0')];

describe('protocolName', () => {
  it.each([
    ['-1', 'all'],
    ['tcp', 'tcp'],
    ['6', 'tcp'],
    ['TCP', 'tcp'],
    ['17', 'udp'],
    ['1', 'icmp'],
    ['58', 'icmpv6'],
    ['50', '50'],
  ])('%s -> %s', (p, name) => expect(protocolName(p)).toBe(name));
});

describe('coversPort / coversAllPorts', () => {
  const ssh = { protocol: 'tcp' as const, port: 22 };
  it.each([
    [sg('-1'), true, true],
    [sg('-1', -1, -1), true, true],
    [sg('tcp', 22, 22), true, false],
    [sg('6', 20, 25), true, false],
    [sg('tcp', 0, 65535), true, true],
    [sg('udp', 0, 65535), false, true],
    [sg('tcp', 23, 65535), false, false],
    [sg('udp', 22, 22), false, false],
    [sg('icmp', -1, -1), false, false],
    [sg('50'), false, false],
  ])('%j: port 22 %s, all ports %s', (rule, port22, all) => {
    expect(coversPort(rule, ssh)).toBe(port22);
    expect(coversAllPorts(rule)).toBe(all);
  });
  it('describes ports', () => {
    expect(describePorts(sg('-1'))).toBe('all traffic');
    expect(describePorts(sg('tcp', 22, 22))).toBe('TCP port 22');
    expect(describePorts(sg('17', 0, 65535))).toBe('UDP ports 0-65535');
    expect(describePorts(sg('icmp', 8, -1))).toBe('ICMP');
    expect(describePorts(sg('50'))).toBe('protocol 50');
  });
});

describe('security group exposure', () => {
  it.each([
    ['IPv4 internet to 22', [sg('tcp', 22, 22)], 1],
    ['IPv6 internet to 22', [sg('tcp', 22, 22, [], ['::/0'])], 1],
    ['range including 22', [sg('tcp', 0, 1024)], 1],
    ['all traffic', [sg('-1')], 1],
    ['private source', [sg('tcp', 22, 22, ['10.0.0.0/8'])], 0],
    ['a single public address', [sg('tcp', 22, 22, ['203.0.113.9/32'])], 0],
    ['another port', [sg('tcp', 443, 443)], 0],
    ['UDP 22', [sg('udp', 22, 22)], 0],
    ['group reference only', [{ ...sg('tcp', 22, 22, []), groups: ['sg-1'] }], 0],
    ['prefix list only', [{ ...sg('tcp', 22, 22, []), prefixLists: ['pl-1'] }], 0],
    ['two open rules', [sg('tcp', 22, 22), sg('-1', undefined, undefined, [], ['::/0'])], 2],
  ])('TCP 22: %s', (_name, rules, count) => {
    expect(sgExposingPort(rules, { protocol: 'tcp', port: 22 })).toHaveLength(count);
  });
  it.each([
    ['all traffic', [sg('-1')], 1],
    ['TCP 0-65535', [sg('tcp', 0, 65535)], 1],
    ['TCP 1-65535', [sg('tcp', 1, 65535)], 0],
    ['all traffic from a private range', [sg('-1', undefined, undefined, ['10.0.0.0/8'])], 0],
    ['one port', [sg('tcp', 22, 22)], 0],
  ])('all ports: %s', (_name, rules, count) => {
    expect(sgExposingAllPorts(rules)).toHaveLength(count);
  });
  it('lists only the internet sources of a rule and describes them', () => {
    const [e] = sgInternetRules([sg('tcp', 3389, 3389, ['10.0.0.0/8', '0.0.0.0/0'], ['::/0'])]);
    expect(e.sources).toEqual(['0.0.0.0/0', '::/0']);
    expect(describeSgExposure(e)).toBe('TCP port 3389 from 0.0.0.0/0 and ::/0');
  });
});

describe('network ACL exposure (first matching rule wins)', () => {
  const ssh = { protocol: 'tcp' as const, port: 22 };
  it.each([
    ['default AWS ACL: allow all', [acl(100, true, '-1'), ...DEFAULT_DENY], [100]],
    ['allow TCP 22', [acl(100, true, '6', '0.0.0.0/0', 22, 22), ...DEFAULT_DENY], [100]],
    ['allow TCP 0-1024', [acl(100, true, '6', '0.0.0.0/0', 0, 1024), ...DEFAULT_DENY], [100]],
    ['deny 22 before allow all', [acl(90, false, '6', '0.0.0.0/0', 22, 22), acl(100, true, '-1'), ...DEFAULT_DENY], []],
    ['deny 22 after allow all (allow wins)', [acl(100, true, '-1'), acl(110, false, '6', '0.0.0.0/0', 22, 22), ...DEFAULT_DENY], [100]],
    ['rule order is by number, not by position', [acl(100, true, '-1'), acl(50, false, '-1'), ...DEFAULT_DENY], []],
    ['only default deny', DEFAULT_DENY, []],
    ['allow 22 from a private range only', [acl(100, true, '6', '10.0.0.0/8', 22, 22), ...DEFAULT_DENY], []],
    ['narrow deny does not protect the internet', [acl(50, false, '-1', '198.51.100.0/24'), acl(100, true, '-1'), ...DEFAULT_DENY], [100]],
    ['egress allow is ignored', [acl(100, true, '-1', '0.0.0.0/0', undefined, undefined, true), ...DEFAULT_DENY], []],
    ['IPv4 closed but IPv6 open', [acl(90, false, '-1'), acl(101, true, '-1', '::/0'), ...DEFAULT_DENY], [101]],
    ['UDP 22 allowed only', [acl(100, true, '17', '0.0.0.0/0', 22, 22), ...DEFAULT_DENY], []],
  ])('TCP 22: %s', (_name, entries, rules) => {
    expect(naclExposingPort(entries, ssh).map((e) => e.ruleNumber)).toEqual(rules);
  });
  it.each([
    ['allow all', [acl(100, true, '-1'), ...DEFAULT_DENY], [100]],
    ['allow TCP 0-65535', [acl(100, true, '6', '0.0.0.0/0', 0, 65535), ...DEFAULT_DENY], [100]],
    ['allow a port only', [acl(100, true, '6', '0.0.0.0/0', 443, 443), ...DEFAULT_DENY], []],
    ['deny all first', [acl(10, false, '-1'), acl(100, true, '-1'), ...DEFAULT_DENY], []],
    ['a partial deny first still leaves the rest open', [acl(10, false, '6', '0.0.0.0/0', 22, 22), acl(100, true, '-1'), ...DEFAULT_DENY], [100]],
    [
      'TCP allow shadowed by TCP denies covering the whole range',
      [acl(10, false, '6', '0.0.0.0/0', 0, 30000), acl(20, false, '6', '0.0.0.0/0', 30001, 65535), acl(100, true, '6', '0.0.0.0/0', 0, 65535), ...DEFAULT_DENY],
      [],
    ],
    [
      'TCP allow with a gap in the earlier denies',
      [acl(10, false, '6', '0.0.0.0/0', 0, 30000), acl(20, false, '6', '0.0.0.0/0', 30002, 65535), acl(100, true, '6', '0.0.0.0/0', 0, 65535), ...DEFAULT_DENY],
      [100],
    ],
    ['allow all from a private range', [acl(100, true, '-1', '10.0.0.0/8'), ...DEFAULT_DENY], []],
    ['both families open', [acl(100, true, '-1'), acl(101, true, '-1', '::/0'), ...DEFAULT_DENY], [100, 101]],
  ])('all ports: %s', (_name, entries, rules) => {
    expect(naclExposingAllPorts(entries).map((e) => e.ruleNumber)).toEqual(rules);
  });
  it('describes an entry', () => {
    expect(describeNaclEntry(acl(100, true, '-1'))).toBe('all traffic from 0.0.0.0/0 (rule 100)');
    expect(describeNaclEntry(acl(120, true, '6', '::/0', 3389, 3389))).toBe('TCP port 3389 from ::/0 (rule 120)');
  });
});
