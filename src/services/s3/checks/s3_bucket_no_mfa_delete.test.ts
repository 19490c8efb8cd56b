import { describe, expect, it } from 'vitest';
import check from './s3_bucket_no_mfa_delete.js';
import { buckets, bucketVersioning } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });

describe('s3_bucket_no_mfa_delete', () => {
  const fx = new FixtureInventory().set(buckets, [bucket('guarded'), bucket('versioned'), bucket('plain'), bucket('locked')]).set(bucketVersioning, {
    guarded: { ok: true, data: { status: 'Enabled', mfaDelete: true } },
    versioned: { ok: true, data: { status: 'Enabled', mfaDelete: false } },
    plain: { ok: true, data: { status: null, mfaDelete: false } },
    locked: { ok: false, error: denied('s3:GetBucketVersioning') },
  });
  const findings = runCheck(check, fx);

  it('PASS when MFA delete is enabled', () => {
    expect(findings.find((f) => f.resource.id === 'guarded')?.status).toBe('PASS');
  });
  it('FAIL when MFA delete is not enabled, saying how versioning stands', () => {
    expect(statusById(findings)).toMatchObject({ versioned: 'FAIL', plain: 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'versioned')?.statusExtended).toContain('versioning is enabled');
    expect(findings.find((f) => f.resource.id === 'plain')?.statusExtended).toContain('never enabled');
  });
  it('ERROR when the versioning configuration was denied', () => {
    const f = findings.find((x) => x.resource.id === 'locked');
    expect(f?.status).toBe('ERROR');
    expect(f?.statusExtended).toContain('s3:GetBucketVersioning');
  });
});
