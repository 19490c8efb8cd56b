import { describe, expect, it } from 'vitest';
import check from './autoscaling_group_launch_configuration_requires_imdsv2.js';
import { groups, launchConfigurations } from '../collectors.js';
import { group, lc } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('autoscaling_group_launch_configuration_requires_imdsv2', () => {
  const gs = [group('good', { launchTemplate: undefined, launchConfigurationName: 'lc-good' }), group('bad', { launchTemplate: undefined, launchConfigurationName: 'lc-bad' }), group('templated')];
  it('PASS and FAIL for groups on launch configurations, nothing for groups on templates', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, gs).set(launchConfigurations, [lc('lc-good', { httpTokens: 'required' }), lc('lc-bad', { httpTokens: 'optional' })]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('allows IMDSv1');
  });
  it('ERROR when the launch configurations could not be read', () => {
    const findings = runCheck(check, new FixtureInventory().set(groups, gs).set(launchConfigurations, { error: denied('autoscaling:DescribeLaunchConfigurations') }));
    expect(statusById(findings)).toEqual({ good: 'ERROR', bad: 'ERROR' });
  });
});
