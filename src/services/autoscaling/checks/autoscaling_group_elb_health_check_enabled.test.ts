import { describe, expect, it } from 'vitest';
import check from './autoscaling_group_elb_health_check_enabled.js';
import { groups } from '../collectors.js';
import { group } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('autoscaling_group_elb_health_check_enabled', () => {
  it('PASS and FAIL per group', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, [group('good', { loadBalancers: 1, healthCheckType: 'ELB' }), group('bad', { loadBalancers: 2, healthCheckType: 'EC2' })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('uses EC2 health checks only');
  });
  it('ERROR when the groups could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, { error: denied('autoscaling:DescribeAutoScalingGroups') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});

describe('autoscaling_group_elb_health_check_enabled without load balancers', () => {
  it('reports nothing for a group without a load balancer', () => {
    expect(runCheck(check, new FixtureInventory().set(groups, [group('alone')]))).toEqual([]);
  });
});
