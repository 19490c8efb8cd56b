/**
 * The PASS/FAIL/ERROR cases shared by the ec2_instance_port_<family>_exposed_to_internet checks, over a
 * small network: a public subnet (route to an internet gateway), a private one (the VPC main table has
 * no such route), the VPC's default network ACL (everything allowed) and a subnet whose ACL denies.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import type { NaclEntry } from '../../lib/network/exposure.js';
import { PORT_FAMILIES, type PortFamilyId } from '../../lib/network/ports.js';
import { routeTables, type RouteTable } from '../vpc/collectors.js';
import { instances, networkAcls, securityGroups, type Instance, type NetworkAcl } from './collectors.js';
import { makeInstance, makeSecurityGroup, sgRule } from './test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';

const entry = (ruleNumber: number, allow: boolean, protocol: string, cidr: string, egress: boolean, ports?: [number, number]): NaclEntry => ({
  ruleNumber,
  allow,
  protocol,
  cidr,
  egress,
  ...(ports ? { fromPort: ports[0], toPort: ports[1] } : {}),
});
const both = (n: number, allow: boolean, cidr: string) => [entry(n, allow, '-1', cidr, false), entry(n, allow, '-1', cidr, true)];
const OPEN = [...both(100, true, '0.0.0.0/0'), ...both(101, true, '::/0'), ...both(32767, false, '0.0.0.0/0'), ...both(32768, false, '::/0')];
const acl = (id: string, entries: NaclEntry[], subnetIds: string[], isDefault = false): NetworkAcl => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:network-acl/${id}`,
  vpcId: 'vpc-1',
  isDefault,
  tags: {},
  subnetIds,
  entries,
});
const table = (id: string, subnetIds: string[], isMain: boolean, internet: boolean): RouteTable => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:route-table/${id}`,
  vpcId: 'vpc-1',
  isMain,
  subnetIds,
  tags: {},
  routes: [
    { destinationCidr: '10.0.0.0/16', gatewayId: 'local', state: 'active' },
    ...(internet ? [{ destinationCidr: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' }, { destinationIpv6Cidr: '::/0', gatewayId: 'igw-1', state: 'active' }] : []),
  ],
});

const ROUTES = [table('rtb-public', ['subnet-pub', 'subnet-deny'], false, true), table('rtb-main', [], true, false)];

const vm = (id: string, groups: string[], o: { subnet?: string; publicIp?: string; ipv6?: string[] } = {}): Instance =>
  makeInstance(id, {
    vpcId: 'vpc-1',
    subnetId: o.subnet ?? 'subnet-pub',
    securityGroupIds: groups,
    ...(o.publicIp ? { publicIp: o.publicIp } : {}),
    interfaces: [
      {
        id: `eni-${id}`,
        subnetId: o.subnet ?? 'subnet-pub',
        vpcId: 'vpc-1',
        securityGroupIds: groups,
        ...(o.publicIp ? { publicIp: o.publicIp } : {}),
        ipv6Addresses: o.ipv6 ?? [],
        deviceIndex: 0,
      },
    ],
  });

export function describeInstancePortCheck(check: Check<any>, familyId: PortFamilyId): void {
  const family = PORT_FAMILIES[familyId];
  const port = family.tcp[0];
  const acls = [acl('acl-default', OPEN, ['subnet-pub'], true), acl('acl-deny', [entry(10, false, '6', '0.0.0.0/0', false, [port, port]), ...OPEN], ['subnet-deny'])];
  const groups = [
    makeSecurityGroup('sg-port', [sgRule('tcp', port, port, ['0.0.0.0/0'])]),
    makeSecurityGroup('sg-all', [sgRule('-1', undefined, undefined, ['0.0.0.0/0'])]),
    makeSecurityGroup('sg-v6', [sgRule('tcp', port, port, [], ['::/0'])]),
    makeSecurityGroup('sg-half1', [sgRule('tcp', 0, 65535, ['0.0.0.0/1'])]),
    makeSecurityGroup('sg-half2', [sgRule('tcp', port, port, ['128.0.0.0/1'])]),
    makeSecurityGroup('sg-web', [sgRule('tcp', 443, 443, ['0.0.0.0/0'], ['::/0'])]),
    makeSecurityGroup('sg-office', [sgRule('tcp', port, port, ['10.0.0.0/8', '198.51.100.0/24'])]),
  ];
  const network = () => new FixtureInventory().set(securityGroups, groups).set(networkAcls, acls).set(routeTables, ROUTES);

  describe(check.id, () => {
    it(`PASS when no group admits ${family.name} from the internet, or when the internet cannot reach the instance`, () => {
      const fx = network().set(instances, [
        vm('i-web', ['sg-web', 'sg-office'], { publicIp: '203.0.113.10' }),
        vm('i-noip', ['sg-port']),
        vm('i-private', ['sg-port'], { subnet: 'subnet-priv', publicIp: '203.0.113.11' }),
        vm('i-acl', ['sg-port'], { subnet: 'subnet-deny', publicIp: '203.0.113.12' }),
        vm('i-half', ['sg-half1'], { publicIp: '203.0.113.13' }),
      ]);
      const findings = runCheck(check, fx);
      expect(statusById(findings)).toEqual({ 'i-web': 'PASS', 'i-noip': 'PASS', 'i-private': 'PASS', 'i-acl': 'PASS', 'i-half': 'PASS' });
      const msg = (id: string) => findings.find((f) => f.resource.id === id)!.statusExtended;
      expect(msg('i-web')).toContain('no security group rule admitting');
      expect(msg('i-noip')).toContain('security group sg-port admits TCP port');
      expect(msg('i-noip')).toContain('no public IPv4 address');
      expect(msg('i-private')).toContain('route table rtb-main has no route');
      expect(msg('i-acl')).toContain('network ACL acl-deny denies it');
    });

    it(`FAIL when the internet reaches a ${family.name} port: open group, public address, internet route and open ACL`, () => {
      const fx = network().set(instances, [
        vm('i-port', ['sg-web', 'sg-port'], { publicIp: '203.0.113.20' }),
        vm('i-all', ['sg-all'], { publicIp: '203.0.113.21' }),
        vm('i-v6', ['sg-v6'], { ipv6: ['2600:1f18::20'] }),
        vm('i-split', ['sg-half1', 'sg-half2'], { publicIp: '203.0.113.22' }),
      ]);
      const findings = runCheck(check, fx);
      expect(statusById(findings)).toEqual({ 'i-port': 'FAIL', 'i-all': 'FAIL', 'i-v6': 'FAIL', 'i-split': 'FAIL' });
      expect(findings[0].statusExtended).toBe(
        `Instance i-port answers ${family.name} from the internet: TCP port ${port} from 0.0.0.0/0 (security group sg-port) on 203.0.113.20.`,
      );
      expect(findings[2].statusExtended).toContain('::/0');
      expect(findings[3].statusExtended).toContain('0.0.0.0/1 and 128.0.0.0/1');
    });

    it(`FAIL on every port of the family (${[...family.tcp.map((p) => `TCP ${p}`), ...family.udp.map((p) => `UDP ${p}`)].join(', ')})`, () => {
      const cases = [...family.tcp.map((p) => ['tcp', p] as const), ...family.udp.map((p) => ['udp', p] as const)];
      for (const [protocol, p] of cases) {
        const fx = network()
          .set(securityGroups, [makeSecurityGroup('sg-one', [sgRule(protocol, p, p, ['0.0.0.0/0'])])])
          .set(instances, [vm('i-one', ['sg-one'], { publicIp: '203.0.113.30' })]);
        const [f] = runCheck(check, fx);
        expect(f.status, `${protocol} ${p}`).toBe('FAIL');
        expect(f.statusExtended).toContain(`${protocol.toUpperCase()} port ${p} `);
      }
    });

    it('ERROR when security groups, network ACLs or route tables could not be read (per instance), or instances (per region)', () => {
      const open = [vm('i-open', ['sg-port'], { publicIp: '203.0.113.40' })];
      const noGroups = network().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(instances, open);
      const [g] = runCheck(check, noGroups);
      expect(g).toMatchObject({ status: 'ERROR', resource: { id: 'i-open' } });
      expect(g.statusExtended).toContain('security groups could not be read');

      const noAcls = network().set(networkAcls, { error: denied('ec2:DescribeNetworkAcls') }).set(instances, [...open, vm('i-closed', ['sg-web'], { publicIp: '203.0.113.41' })]);
      const aclFindings = runCheck(check, noAcls);
      expect(statusById(aclFindings)).toEqual({ 'i-open': 'ERROR', 'i-closed': 'PASS' });
      expect(aclFindings[0].statusExtended).toContain('ec2:DescribeNetworkAcls failed');

      const noRoutes = network().set(routeTables, { error: denied('ec2:DescribeRouteTables') }).set(instances, open);
      expect(runCheck(check, noRoutes)[0].statusExtended).toContain('ec2:DescribeRouteTables');

      const missing = network().set(instances, [vm('i-gone', ['sg-gone'])]);
      expect(runCheck(check, missing)[0]).toMatchObject({ status: 'ERROR' });

      const noInstances = network().set(instances, { error: denied('ec2:DescribeInstances') });
      const [d] = runCheck(check, noInstances);
      expect(d).toMatchObject({ status: 'ERROR', resource: { arn: 'arn:aws:iam::123456789012:root' } });
    });
  });
}
