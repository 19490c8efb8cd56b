import { describe, expect, it } from 'vitest';
import check from './autoscaling_find_secrets_ec2_launch_configuration.js';
import { launchConfigurations } from '../collectors.js';
import { lc } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const hit = { kind: 'AWS secret access key', rule: 'r', line: 4, file: 'user data', key: 'AWS_SECRET_ACCESS_KEY', location: 'user data line 4 (AWS_SECRET_ACCESS_KEY)' };

describe('autoscaling_find_secrets_ec2_launch_configuration', () => {
  it('PASS without user data or secrets, FAIL naming line and variable, MANUAL for binary user data', () => {
    const fx = new FixtureInventory().set(launchConfigurations, [
      lc('none'),
      lc('clean', { hasUserData: true }),
      lc('leaky', { hasUserData: true, userDataSecrets: [hit] }),
      lc('binary', { hasUserData: true, userDataUnreadable: 'the user data is binary, not text' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ none: 'PASS', clean: 'PASS', leaky: 'FAIL', binary: 'MANUAL' });
    expect(findings[2].statusExtended).toContain('AWS secret access key (user data line 4 (AWS_SECRET_ACCESS_KEY))');
  });
  it('ERROR when launch configurations could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(launchConfigurations, { error: denied('autoscaling:DescribeLaunchConfigurations') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
