import { describe, expect, it } from 'vitest';
import check from './s3_access_point_public_access_block.js';
import { accessPoints, type AccessPoint } from '../collectors.js';
import { ALL, NONE } from '../public-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const ap = (name: string, pab: AccessPoint['publicAccessBlock']): AccessPoint => ({
  name,
  arn: `arn:aws:s3:us-east-1:123456789012:accesspoint/${name}`,
  bucket: 'data',
  networkOrigin: 'Internet',
  publicAccessBlock: pab,
});

describe('s3_access_point_public_access_block', () => {
  it('PASS when all four settings are on, FAIL naming the ones off', () => {
    const fx = new FixtureInventory().set(accessPoints, [ap('locked', { ok: true, data: ALL }), ap('open', { ok: true, data: { ...NONE, blockPublicAcls: true } })]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ locked: 'PASS', open: 'FAIL' });
    expect(findings[1].statusExtended).toContain('IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets off');
    expect(findings[1].resource.arn).toBe('arn:aws:s3:us-east-1:123456789012:accesspoint/open');
  });
  it('ERROR for an access point whose settings could not be read, and for a denied listing', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(accessPoints, [ap('hidden', { ok: false, error: denied('s3control:GetAccessPoint') })], ['us-east-1'])
      .set(accessPoints, { error: denied('s3control:ListAccessPoints') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
    expect(findings[0].statusExtended).toContain('s3control:GetAccessPoint');
    expect(findings[1].statusExtended).toContain('s3control:ListAccessPoints');
  });
});
