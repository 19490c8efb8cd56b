import { describe, expect, it } from 'vitest';
import check from './ec2_instance_profile_attached.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const instance = (id: string, iamInstanceProfileArn?: string) => makeInstance(id, { state: 'stopped', ...(iamInstanceProfileArn ? { iamInstanceProfileArn } : {}) });

describe('ec2_instance_profile_attached', () => {
  it('PASS with a profile, FAIL without one (stopped instances included)', () => {
    const fx = new FixtureInventory().set(instances, [instance('i-role', 'arn:aws:iam::123456789012:instance-profile/app'), instance('i-bare')]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-role': 'PASS', 'i-bare': 'FAIL' });
    expect(findings[0].statusExtended).toContain('instance-profile/app');
    expect(findings[1].statusExtended).toBe('Instance i-bare has no IAM instance profile attached.');
  });

  it('ERROR when instances could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ec2:DescribeInstances');
  });
});
