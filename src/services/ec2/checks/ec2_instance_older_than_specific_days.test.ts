import { describe, expect, it } from 'vitest';
import check from './ec2_instance_older_than_specific_days.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// The fixture clock is 2026-11-01T12:00:00Z (moto cannot backdate LaunchTime).
describe('ec2_instance_older_than_specific_days', () => {
  const fx = () =>
    new FixtureInventory().set(instances, [
      makeInstance('i-new', { launchTime: '2026-10-01T00:00:00.000Z' }),
      makeInstance('i-old', { launchTime: '2026-01-01T00:00:00.000Z' }),
      makeInstance('i-stopped', { state: 'stopped', launchTime: '2020-01-01T00:00:00.000Z' }),
    ]);
  it('PASS within the limit, FAIL beyond it; stopped instances are not evaluated', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ 'i-new': 'PASS', 'i-old': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Instance i-old was launched 304 days ago (2026-01-01); the limit is 180.');
    expect(statusById(runCheck(check, fx(), { config: { [check.id]: { max_ec2_instance_age_in_days: 365 } } }))).toEqual({ 'i-new': 'PASS', 'i-old': 'PASS' });
  });
  it('ERROR when instances could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }))[0].status).toBe('ERROR');
  });
});
