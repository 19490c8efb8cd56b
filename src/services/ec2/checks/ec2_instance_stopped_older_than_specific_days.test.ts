import { describe, expect, it } from 'vitest';
import check, { stoppedAt } from './ec2_instance_stopped_older_than_specific_days.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// The fixture clock is 2026-11-01T12:00:00Z (moto stamps the real stop time, so old stops come from fixtures).
describe('ec2_instance_stopped_older_than_specific_days', () => {
  it('reads the stop time from the transition reason', () => {
    expect(stoppedAt('User initiated (2026-01-02 10:00:00 GMT)')?.toISOString()).toBe('2026-01-02T10:00:00.000Z');
    expect(stoppedAt('Server.SpotInstanceTermination')).toBeUndefined();
  });
  it('PASS when stopped recently, FAIL when stopped too long; running instances are not evaluated', () => {
    const fx = new FixtureInventory().set(instances, [
      makeInstance('i-running'),
      makeInstance('i-recent', { state: 'stopped', stateTransitionReason: 'User initiated (2026-10-25 08:00:00 GMT)' }),
      makeInstance('i-old', { state: 'stopped', stateTransitionReason: 'User initiated (2026-06-01 08:00:00 GMT)' }),
      makeInstance('i-unknown', { state: 'stopped', stateTransitionReason: 'Server.InternalError' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-recent': 'PASS', 'i-old': 'FAIL', 'i-unknown': 'MANUAL' });
    expect(findings[1].statusExtended).toBe('Instance i-old has been stopped for 153 days (since 2026-06-01); the limit is 30.');
  });
  it('ERROR when instances could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }))[0].status).toBe('ERROR');
  });
});
