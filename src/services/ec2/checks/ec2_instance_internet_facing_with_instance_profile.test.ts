import { describe, expect, it } from 'vitest';
import check from './ec2_instance_internet_facing_with_instance_profile.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const PROFILE = 'arn:aws:iam::123456789012:instance-profile/app';
describe('ec2_instance_internet_facing_with_instance_profile', () => {
  it('PASS without a public address or without a profile, FAIL with both', () => {
    const fx = new FixtureInventory().set(instances, [
      makeInstance('i-private', { iamInstanceProfileArn: PROFILE }),
      makeInstance('i-public', { publicIp: '203.0.113.4' }),
      makeInstance('i-both', { publicIp: '203.0.113.5', iamInstanceProfileArn: PROFILE }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-private': 'PASS', 'i-public': 'PASS', 'i-both': 'FAIL' });
    expect(findings[2].statusExtended).toBe(`Instance i-both has public IP address 203.0.113.5 and instance profile ${PROFILE}.`);
  });
  it('ERROR when instances could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }))[0].status).toBe('ERROR');
  });
});
