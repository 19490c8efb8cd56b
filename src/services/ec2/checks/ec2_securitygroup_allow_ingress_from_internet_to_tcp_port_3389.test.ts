import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389.js';
import { describe, expect, it } from 'vitest';
import { describeTcpPortCheck, rule, sg } from '../tcp-port-cases.test-helper.js';
import { securityGroups } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describeTcpPortCheck(check, 3389);

describe('ip_family (CIS asks about 0.0.0.0/0 and ::/0 in separate requirements)', () => {
  const groups = () =>
    new FixtureInventory().set(securityGroups, [
      sg('sg-v4', [rule('tcp', 3389, 3389, ['0.0.0.0/0'])]),
      sg('sg-v6', [rule('tcp', 3389, 3389, [], ['::/0'])]),
    ]);

  it('ipv4 FAILs only a group open to 0.0.0.0/0, ipv6 only one open to ::/0, any both', () => {
    const run = (ip_family: string) => statusById(runCheck(check, groups(), { config: { [check.id]: { ip_family } } }));
    expect(run('ipv4')).toEqual({ 'sg-v4': 'FAIL', 'sg-v6': 'PASS' });
    expect(run('ipv6')).toEqual({ 'sg-v4': 'PASS', 'sg-v6': 'FAIL' });
    expect(run('any')).toEqual({ 'sg-v4': 'FAIL', 'sg-v6': 'FAIL' });
  });

  it('CIS 7.0 6.3 (IPv4) and 6.4 (IPv6) each get their own verdict; an ERROR still counts for both', () => {
    const findings = runCheck(check, groups(), { frameworksInScope: ['cis_7.0_aws'] });
    const byReq = (req: string) =>
      Object.fromEntries(findings.filter((f) => f.compliance.some((c) => c.framework === 'cis_7.0_aws' && c.requirements.includes(req))).map((f) => [f.resource.id, f.status]));
    expect(byReq('6.3')).toEqual({ 'sg-v4': 'FAIL', 'sg-v6': 'PASS' });
    expect(byReq('6.4')).toEqual({ 'sg-v4': 'PASS', 'sg-v6': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'sg-v6' && f.status === 'PASS')!.statusExtended).toContain('(IPv4)');
    const err = runCheck(check, new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }), { frameworksInScope: ['cis_7.0_aws'] });
    expect(err.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
  });
});
