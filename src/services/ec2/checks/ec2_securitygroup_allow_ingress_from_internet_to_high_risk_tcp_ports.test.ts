import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports.js';
import { networkInterfaces, securityGroups } from '../collectors.js';
import { makeEni, makeSecurityGroup as sg, sgRule as rule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const GROUPS = [
  sg('sg-web', [rule('tcp', 443, 443, ['0.0.0.0/0'], ['::/0'])]),
  sg('sg-dev', [rule('tcp', 8080, 8080, ['0.0.0.0/0'])]),
  sg('sg-mail', [rule('tcp', 20, 30, [], ['::/0'])]),
  sg('sg-private', [rule('tcp', 445, 445, ['10.0.0.0/8'])]),
];
const inv = () => new FixtureInventory().set(securityGroups, GROUPS).set(networkInterfaces, GROUPS.map((g, n) => makeEni(`eni-${n}`, [g.id])));

describe('ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports', () => {
  it('PASS when no high-risk port is open to the internet; FAIL naming the port and source otherwise', () => {
    const findings = runCheck(check, inv());
    expect(statusById(findings)).toEqual({ 'sg-web': 'PASS', 'sg-dev': 'FAIL', 'sg-mail': 'FAIL', 'sg-private': 'PASS' });
    expect(findings[1].statusExtended).toBe('Security group sg-dev opens high-risk ports to the internet: TCP port 8080 from 0.0.0.0/0. It is used by 1 network interface.');
    expect(findings[2].statusExtended).toContain('TCP port 25 from ::/0');
  });

  it('takes the port list from ec2_high_risk_ports', () => {
    const findings = runCheck(check, inv(), { config: { [check.id]: { ec2_high_risk_ports: ['443'] } } });
    expect(statusById(findings)).toEqual({ 'sg-web': 'FAIL', 'sg-dev': 'PASS', 'sg-mail': 'PASS', 'sg-private': 'PASS' });
  });

  it('ERROR when the security groups could not be read', () => {
    const fx = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(networkInterfaces, []);
    expect(runCheck(check, fx).map((f) => f.status)).toEqual(['ERROR']);
  });
});
