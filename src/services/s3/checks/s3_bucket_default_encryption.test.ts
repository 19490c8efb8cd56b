import { describe, expect, it } from 'vitest';
import check from './s3_bucket_default_encryption.js';
import { bucketEncryption, buckets } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });

describe('s3_bucket_default_encryption', () => {
  const fx = new FixtureInventory().set(buckets, [bucket('kms'), bucket('plain'), bucket('locked')]).set(bucketEncryption, {
    kms: { ok: true, data: [{ algorithm: 'aws:kms', kmsKeyId: 'alias/data', bucketKeyEnabled: true }] },
    plain: { ok: true, data: null },
    locked: { ok: false, error: denied('s3:GetBucketEncryption') },
  });
  const findings = runCheck(check, fx);

  it('PASS when default encryption is configured, naming the algorithm', () => {
    const f = findings.find((x) => x.resource.id === 'kms');
    expect(f?.status).toBe('PASS');
    expect(f?.statusExtended).toContain('aws:kms');
  });
  it('FAIL when the bucket has no default encryption', () => {
    const f = findings.find((x) => x.resource.id === 'plain');
    expect(f?.status).toBe('FAIL');
    expect(f?.resource.arn).toBe('arn:aws:s3:::plain');
  });
  it('ERROR for the bucket whose configuration was denied, without hiding the others', () => {
    expect(statusById(findings)).toEqual({ kms: 'PASS', plain: 'FAIL', locked: 'ERROR' });
    expect(findings.find((x) => x.resource.id === 'locked')?.statusExtended).toContain('s3:GetBucketEncryption');
  });
  it('ERROR for every bucket when the whole fact failed', () => {
    const all = runCheck(check, new FixtureInventory().set(buckets, [bucket('a')]).set(bucketEncryption, { error: denied('s3:GetBucketEncryption') }));
    expect(statusById(all)).toEqual({ a: 'ERROR' });
  });
});
