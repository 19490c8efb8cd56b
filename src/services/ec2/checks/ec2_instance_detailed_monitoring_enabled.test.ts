import { describe, expect, it } from 'vitest';
import check from './ec2_instance_detailed_monitoring_enabled.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ec2_instance_detailed_monitoring_enabled', () => {
  it('PASS when enabled, FAIL when disabled or pending', () => {
    const fx = new FixtureInventory().set(instances, [makeInstance('i-1', { monitoring: 'enabled' }), makeInstance('i-2', { monitoring: 'disabled' }), makeInstance('i-3', { monitoring: 'pending' })]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-1': 'PASS', 'i-2': 'FAIL', 'i-3': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Instance i-2 has detailed monitoring disabled.');
  });
  it('ERROR when instances could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }))[0].status).toBe('ERROR');
  });
});
