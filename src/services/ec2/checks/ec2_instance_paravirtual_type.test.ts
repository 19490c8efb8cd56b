import { describe, expect, it } from 'vitest';
import check from './ec2_instance_paravirtual_type.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ec2_instance_paravirtual_type', () => {
  it('PASS for HVM, FAIL for paravirtual', () => {
    const fx = new FixtureInventory().set(instances, [makeInstance('i-hvm', { virtualizationType: 'hvm' }), makeInstance('i-pv', { virtualizationType: 'paravirtual' })]);
    expect(statusById(runCheck(check, fx))).toEqual({ 'i-hvm': 'PASS', 'i-pv': 'FAIL' });
  });
  it('ERROR when instances could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }))[0].status).toBe('ERROR');
  });
});
