import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_allow_wide_open_public_ipv4.js';
import { networkInterfaces, securityGroups } from '../collectors.js';
import { makeEni, makeSecurityGroup as sg, sgRule as rule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ec2_securitygroup_allow_wide_open_public_ipv4', () => {
  const groups = [
    sg('sg-narrow', [rule('tcp', 443, 443, ['203.0.113.0/24', '198.51.100.7/32'])]),
    sg('sg-private', [rule('tcp', 443, 443, ['10.0.0.0/8', '172.16.0.0/12'])]),
    sg('sg-world', [rule('tcp', 443, 443, ['0.0.0.0/0'])]),
    sg('sg-wide-in', [rule('tcp', 443, 443, ['52.0.0.0/8'])]),
    sg('sg-wide-out', [], { egress: [rule('-1', undefined, undefined, ['54.240.0.0/12'])] }),
  ];
  const fx = () => new FixtureInventory().set(securityGroups, groups).set(networkInterfaces, groups.map((g, n) => makeEni(`eni-${n}`, [g.id])));

  it('PASS for narrow, private and internet-wide blocks; FAIL for wide public blocks in either direction', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ 'sg-narrow': 'PASS', 'sg-private': 'PASS', 'sg-world': 'PASS', 'sg-wide-in': 'FAIL', 'sg-wide-out': 'FAIL' });
    expect(findings[3].statusExtended).toBe('Security group sg-wide-in has rules with wide public IPv4 ranges: inbound TCP port 443 from 52.0.0.0/8. It is used by 1 network interface.');
    expect(findings[4].statusExtended).toContain('outbound all traffic to 54.240.0.0/12');
  });

  it('the prefix threshold is a parameter', () => {
    const findings = runCheck(check, fx(), { config: { [check.id]: { max_public_ipv4_prefix: 25 } } });
    expect(findings.find((f) => f.resource.id === 'sg-narrow')!.status).toBe('FAIL');
  });

  it('ERROR when security groups could not be read', () => {
    const inv = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(networkInterfaces, []);
    expect(runCheck(check, inv).map((f) => f.status)).toEqual(['ERROR']);
  });
});
