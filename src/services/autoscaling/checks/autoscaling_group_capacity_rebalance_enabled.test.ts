import { describe, expect, it } from 'vitest';
import check from './autoscaling_group_capacity_rebalance_enabled.js';
import { groups } from '../collectors.js';
import { group } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('autoscaling_group_capacity_rebalance_enabled', () => {
  it('PASS and FAIL per group', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, [group('good', { capacityRebalance: true }), group('bad', {})]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('does not have Capacity Rebalancing');
  });
  it('ERROR when the groups could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, { error: denied('autoscaling:DescribeAutoScalingGroups') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});
