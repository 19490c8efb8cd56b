import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_default_restrict_traffic.js';
import { securityGroups } from '../collectors.js';
import type { SgRule } from '../../../lib/network/exposure.js';
import { makeSecurityGroup, sgRule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const all = (groups: string[] = [], ipv4: string[] = []): SgRule => ({ ...sgRule('-1', undefined, undefined, ipv4), groups });
const sg = (id: string, name: string, ingress: SgRule[], egress: SgRule[]) => makeSecurityGroup(id, ingress, { name, vpcId: `vpc-${id}`, egress });

describe('ec2_securitygroup_default_restrict_traffic', () => {
  it('PASS for a default group without rules; non-default groups are not reported', () => {
    const fx = new FixtureInventory().set(securityGroups, [sg('sg-d1', 'default', [], []), sg('sg-web', 'web', [all([], ['0.0.0.0/0'])], [])]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'sg-d1': 'PASS' });
    expect(findings[0].statusExtended).toBe('Default security group sg-d1 of vpc-sg-d1 has no inbound or outbound rules.');
  });

  it('FAIL for a default group that keeps its stock rules, or any rule', () => {
    const fx = new FixtureInventory().set(securityGroups, [
      sg('sg-stock', 'default', [all(['sg-stock'])], [all([], ['0.0.0.0/0'])]),
      sg('sg-out', 'default', [], [all([], ['10.0.0.0/8'])]),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'sg-stock': 'FAIL', 'sg-out': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Default security group sg-stock of vpc-sg-stock has 1 inbound rule and 1 outbound rule; it should have none.');
    expect(findings[1].statusExtended).toContain('0 inbound rules and 1 outbound rule');
  });

  it('ERROR when security groups could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ec2:DescribeSecurityGroups');
  });
});
