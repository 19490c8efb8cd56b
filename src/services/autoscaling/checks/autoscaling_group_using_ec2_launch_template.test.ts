import { describe, expect, it } from 'vitest';
import check from './autoscaling_group_using_ec2_launch_template.js';
import { groups } from '../collectors.js';
import { group } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('autoscaling_group_using_ec2_launch_template', () => {
  it('PASS and FAIL per group', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, [group('good', {}), group('bad', { launchTemplate: undefined, launchConfigurationName: 'old-lc' })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('launch configuration old-lc');
  });
  it('ERROR when the groups could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, { error: denied('autoscaling:DescribeAutoScalingGroups') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});
