import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_all_ports.js';
import { securityGroups } from '../collectors.js';
import type { SgRule } from '../../../lib/network/exposure.js';
import { makeSecurityGroup, sgRule as rule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const sg = (id: string, ingress: SgRule[], name = id) => makeSecurityGroup(id, ingress, { name, tags: { team: 'web' } });

describe('ec2_securitygroup_allow_ingress_from_internet_to_all_ports', () => {
  it('PASS for specific ports from the internet and all traffic from private sources', () => {
    const fx = new FixtureInventory().set(securityGroups, [
      sg('sg-web', [rule('tcp', 80, 80, ['0.0.0.0/0']), rule('tcp', 443, 443, [], ['::/0'])]),
      sg('sg-internal', [rule('-1', undefined, undefined, ['10.0.0.0/8']), { ...rule('-1', undefined, undefined, []), groups: ['sg-web'] }]),
      sg('sg-almost', [rule('tcp', 1, 65535, ['0.0.0.0/0'])]),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'sg-web': 'PASS', 'sg-internal': 'PASS', 'sg-almost': 'PASS' });
    expect(findings[0].resource.tags).toEqual({ team: 'web' });
  });

  it('FAIL for all traffic or a full TCP/UDP range from the internet', () => {
    const fx = new FixtureInventory().set(securityGroups, [
      sg('sg-any', [rule('-1', undefined, undefined, ['0.0.0.0/0'], ['::/0'])], 'launch-wizard-1'),
      sg('sg-tcp', [rule('tcp', 0, 65535, ['0.0.0.0/0'])]),
      sg('sg-default', [rule('-1', undefined, undefined, [], ['::/0'])], 'default'),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'sg-any': 'FAIL', 'sg-tcp': 'FAIL', 'sg-default': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Security group sg-any (launch-wizard-1) allows all traffic from 0.0.0.0/0 and ::/0.');
    expect(findings[1].statusExtended).toContain('TCP ports 0-65535 from 0.0.0.0/0');
  });

  it('ERROR naming the call when security groups could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ec2:DescribeSecurityGroups');
  });
});

describe('ip_family (CIS asks about 0.0.0.0/0 and ::/0 in separate requirements)', () => {
  const groups = () =>
    new FixtureInventory().set(securityGroups, [
      sg('sg-v4', [rule('-1', undefined, undefined, ['0.0.0.0/0'])]),
      sg('sg-v6', [rule('-1', undefined, undefined, [], ['::/0'])]),
    ]);

  it('ipv4 FAILs only a group open to 0.0.0.0/0, ipv6 only one open to ::/0, any both', () => {
    const run = (ip_family: string) => statusById(runCheck(check, groups(), { config: { [check.id]: { ip_family } } }));
    expect(run('ipv4')).toEqual({ 'sg-v4': 'FAIL', 'sg-v6': 'PASS' });
    expect(run('ipv6')).toEqual({ 'sg-v4': 'PASS', 'sg-v6': 'FAIL' });
    expect(run('any')).toEqual({ 'sg-v4': 'FAIL', 'sg-v6': 'FAIL' });
  });

  it('CIS 2.0 5.2 (IPv4) and 5.3 (IPv6) each get their own verdict', () => {
    const findings = runCheck(check, groups(), { frameworksInScope: ['cis_2.0_aws'] });
    const byReq = (req: string) =>
      Object.fromEntries(findings.filter((f) => f.compliance.some((c) => c.framework === 'cis_2.0_aws' && c.requirements.includes(req))).map((f) => [f.resource.id, f.status]));
    expect(byReq('5.2')).toEqual({ 'sg-v4': 'FAIL', 'sg-v6': 'PASS' });
    expect(byReq('5.3')).toEqual({ 'sg-v4': 'PASS', 'sg-v6': 'FAIL' });
  });
});
