import { describe, expect, it } from 'vitest';
import check from './ec2_ebs_default_encryption.js';
import { ebsEncryptionByDefault } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('ec2_ebs_default_encryption', () => {
  it('reports every region: PASS where enabled, FAIL where not, ERROR where unreadable', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1', 'ap-south-1'])
      .set(ebsEncryptionByDefault, { enabled: true }, ['us-east-1'])
      .set(ebsEncryptionByDefault, { enabled: false }, ['eu-west-1'])
      .set(ebsEncryptionByDefault, { error: denied('ec2:GetEbsEncryptionByDefault') }, ['ap-south-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'FAIL'],
      ['ap-south-1', 'ERROR'],
    ]);
    expect(findings[1].statusExtended).toBe('EBS encryption by default is not enabled in eu-west-1.');
    expect(findings[1].resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(findings[2].statusExtended).toContain('ec2:GetEbsEncryptionByDefault');
    expect(new Set(findings.map((f) => f.uid)).size).toBe(3);
  });
});
