import { describe, expect, it } from 'vitest';
import check from './dlm_ebs_snapshot_lifecycle_policy_exists.js';
import { lifecyclePolicies, type LifecyclePolicy } from '../collectors.js';
import { volumes, type Volume } from '../../ec2/collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const policy = (id: string, o: Partial<LifecyclePolicy> = {}): LifecyclePolicy => ({ id, arn: `arn:aws:dlm:us-east-1:123456789012:policy/${id}`, state: 'ENABLED', policyType: 'EBS_SNAPSHOT_MANAGEMENT', defaultPolicy: false, ...o });
const vol: Volume = { id: 'vol-1', arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-1', encrypted: true, attachedTo: [], tags: {} };
const R = ['us-east-1', 'eu-west-1', 'ap-south-1', 'sa-east-1'];

// moto lacks dlm:GetLifecyclePolicies; the collector is tested with aws-sdk-client-mock.
describe('dlm_ebs_snapshot_lifecycle_policy_exists', () => {
  it('PASS with an enabled EBS snapshot policy; FAIL with none, a disabled one or an AMI-only one; regions without volumes skipped', () => {
    const fx = new FixtureInventory(R)
      .set(volumes, [vol], ['us-east-1', 'eu-west-1', 'ap-south-1']).set(volumes, [], ['sa-east-1'])
      .set(lifecyclePolicies, [policy('policy-default', { defaultPolicy: true })], ['us-east-1'])
      .set(lifecyclePolicies, [policy('policy-off', { state: 'DISABLED' })], ['eu-west-1'])
      .set(lifecyclePolicies, [policy('policy-ami', { policyType: 'IMAGE_MANAGEMENT' })], ['ap-south-1'])
      .set(lifecyclePolicies, [], ['sa-east-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'PASS'], ['eu-west-1', 'FAIL'], ['ap-south-1', 'FAIL']]);
    expect(findings[0].statusExtended).toContain('policy-default (default policy)');
    expect(findings[1].statusExtended).toContain('policy-off is DISABLED');
    const all = runCheck(check, fx, { config: { dlm_ebs_snapshot_lifecycle_policy_exists: { scan_unused_services: true } } });
    expect(all.map((f) => [f.region, f.status])).toContainEqual(['sa-east-1', 'FAIL']);
  });
  it('ERROR naming the call when the policies, or the volumes that tell use, could not be read; nothing where DLM is not offered', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1', 'ap-south-1'])
      .set(volumes, [vol], ['us-east-1', 'ap-south-1']).set(volumes, { error: denied('ec2:DescribeVolumes') }, ['eu-west-1'])
      .set(lifecyclePolicies, { error: denied('dlm:GetLifecyclePolicies') }, ['us-east-1', 'eu-west-1'])
      .set(lifecyclePolicies, { error: { kind: 'Unavailable', code: 'EndpointNotFound', operation: 'dlm:GetLifecyclePolicies', message: 'no endpoint' } }, ['ap-south-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'ERROR'], ['eu-west-1', 'ERROR']]);
    expect(findings[0].statusExtended).toContain('dlm:GetLifecyclePolicies');
    expect(findings[1].statusExtended).toContain('ec2:DescribeVolumes');
  });
});
