import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_with_many_ingress_egress_rules.js';
import { securityGroups } from '../collectors.js';
import { makeSecurityGroup as sg, sgRule as rule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const blocks = (n: number) => Array.from({ length: n }, (_, k) => `10.0.${k}.0/24`);

describe('ec2_securitygroup_with_many_ingress_egress_rules', () => {
  it('PASS at the limit, FAIL above it, counting each CIDR of a permission as a rule', () => {
    const fx = new FixtureInventory().set(securityGroups, [
      sg('sg-small', [rule('tcp', 443, 443, blocks(49))], { egress: [rule('-1', undefined, undefined, ['0.0.0.0/0'])] }),
      sg('sg-big', [rule('tcp', 443, 443, blocks(40)), { ...rule('tcp', 22, 22, []), groups: ['sg-a'], prefixLists: ['pl-1'] }], {
        egress: [rule('-1', undefined, undefined, blocks(9))],
      }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'sg-small': 'PASS', 'sg-big': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Security group sg-big has 51 rules (42 inbound, 9 outbound); the limit is 50.');
    expect(statusById(runCheck(check, fx, { config: { [check.id]: { max_security_group_rules: 60 } } }))).toEqual({ 'sg-small': 'PASS', 'sg-big': 'PASS' });
  });

  it('ERROR when security groups could not be read', () => {
    const fx = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') });
    expect(runCheck(check, fx).map((f) => f.status)).toEqual(['ERROR']);
  });
});
