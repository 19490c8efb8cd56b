import { describe, expect, it } from 'vitest';
import check from './ec2_ebs_volume_encryption.js';
import { volumes, type Volume } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const volume = (id: string, encrypted: boolean, attachedTo: string[] = []): Volume => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:volume/${id}`,
  encrypted,
  ...(encrypted ? { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1' } : {}),
  attachedTo,
  tags: {},
});

describe('ec2_ebs_volume_encryption', () => {
  it('PASS for encrypted volumes, FAIL for unencrypted ones, attached or not', () => {
    const fx = new FixtureInventory().set(volumes, [volume('vol-enc', true), volume('vol-plain', false, ['i-1']), volume('vol-spare', false)]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'vol-enc': 'PASS', 'vol-plain': 'FAIL', 'vol-spare': 'FAIL' });
    expect(findings[0].statusExtended).toContain('key/k1');
    expect(findings[1].statusExtended).toBe('EBS volume vol-plain (attached to i-1) is not encrypted.');
    expect(findings[2].statusExtended).toContain('not attached');
  });

  it('ERROR when volumes could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(volumes, { error: denied('ec2:DescribeVolumes') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ec2:DescribeVolumes');
  });
});
