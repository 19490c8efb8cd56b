import { describe, expect, it } from 'vitest';
import check from './autoscaling_group_multiple_instance_types.js';
import { groups } from '../collectors.js';
import { group } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('autoscaling_group_multiple_instance_types', () => {
  it('PASS and FAIL per group', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, [group('good', { mixedInstances: true, instanceTypes: ['m5.large', 'm6i.large'] }), group('bad', { mixedInstances: true, instanceTypes: ['m5.large'] })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('only one instance type');
  });
  it('ERROR when the groups could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, { error: denied('autoscaling:DescribeAutoScalingGroups') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});

describe('autoscaling_group_multiple_instance_types by attributes', () => {
  it('PASS for attribute-based selection', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, [group('attrs', { mixedInstances: true, attributeBasedTypes: true })]));
    expect(statusById(findings)).toEqual({ attrs: 'PASS' });
  });
});
