import { describe, expect, it } from 'vitest';
import check from './autoscaling_group_multiple_az.js';
import { groups } from '../collectors.js';
import { group } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('autoscaling_group_multiple_az', () => {
  it('PASS and FAIL per group', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, [group('good', {}), group('bad', { availabilityZones: ['us-east-1a'] })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('single availability zone (us-east-1a)');
  });
  it('ERROR when the groups could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, { error: denied('autoscaling:DescribeAutoScalingGroups') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});
