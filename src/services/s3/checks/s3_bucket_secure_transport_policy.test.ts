import { describe, expect, it } from 'vitest';
import check from './s3_bucket_secure_transport_policy.js';
import { bucketPolicies, buckets } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const denyHttp = (bucketName: string, value = 'false') => ({
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${bucketName}`, `arn:aws:s3:::${bucketName}/*`],
  Condition: { Bool: { 'aws:SecureTransport': value } },
});

describe('s3_bucket_secure_transport_policy', () => {
  const fx = new FixtureInventory().set(buckets, ['tls', 'none', 'wrong', 'readonly', 'locked'].map(bucket)).set(bucketPolicies, {
    tls: { ok: true, data: policy(denyHttp('tls')) },
    none: { ok: true, data: null },
    // Denies the opposite case: requests that do use TLS.
    wrong: { ok: true, data: policy(denyHttp('wrong', 'true')) },
    readonly: { ok: true, data: policy({ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::readonly/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }) },
    locked: { ok: false, error: denied('s3:GetBucketPolicy') },
  });
  const findings = runCheck(check, fx);

  it('PASS when the policy denies plain-HTTP requests for every action', () => {
    expect(findings.find((f) => f.resource.id === 'tls')?.status).toBe('PASS');
  });
  it('FAIL without a policy, or with one that does not deny all plain-HTTP requests', () => {
    expect(statusById(findings)).toMatchObject({ none: 'FAIL', wrong: 'FAIL', readonly: 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'none')?.statusExtended).toContain('has no bucket policy');
  });
  it('ERROR when the policy could not be read', () => {
    const f = findings.find((x) => x.resource.id === 'locked');
    expect(f?.status).toBe('ERROR');
    expect(f?.statusExtended).toContain('s3:GetBucketPolicy');
  });
});
