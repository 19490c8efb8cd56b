import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_any_port_from_ip.js';
import { networkInterfaces, securityGroups } from '../collectors.js';
import { makeEni, makeSecurityGroup as sg, sgRule as rule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// Prowler's exact semantics for this id are narrow; prowl flags all-port rules from public, non-internet-wide sources.
describe('ec2_securitygroup_allow_ingress_from_internet_to_any_port_from_ip', () => {
  it('PASS for port-specific rules, private sources and internet-wide sources; FAIL for all ports from a public address', () => {
    const groups = [
      sg('sg-ssh-office', [rule('tcp', 22, 22, ['203.0.113.5/32'])]),
      sg('sg-vpc', [rule('-1', undefined, undefined, ['10.0.0.0/8'])]),
      sg('sg-world', [rule('-1', undefined, undefined, ['0.0.0.0/0'])]),
      sg('sg-office-all', [rule('-1', undefined, undefined, ['203.0.113.5/32'])]),
      sg('sg-partner-tcp', [rule('tcp', 0, 65535, [], ['2001:db8::/32'])]),
    ];
    const fx = new FixtureInventory().set(securityGroups, groups).set(networkInterfaces, groups.map((g, n) => makeEni(`eni-${n}`, [g.id])));
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'sg-ssh-office': 'PASS', 'sg-vpc': 'PASS', 'sg-world': 'PASS', 'sg-office-all': 'FAIL', 'sg-partner-tcp': 'FAIL' });
    expect(findings[3].statusExtended).toBe('Security group sg-office-all opens every port to public addresses: all traffic from 203.0.113.5/32. It is used by 1 network interface.');
  });

  it('ERROR when security groups could not be read', () => {
    const fx = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(networkInterfaces, []);
    expect(runCheck(check, fx).map((f) => f.status)).toEqual(['ERROR']);
  });
});
