import { describe, expect, it } from 'vitest';
import check from './s3_bucket_policy_public_write_access.js';
import { accountPublicAccessBlock, bucketPolicies, bucketPublicAccessBlocks, buckets, type PublicAccessBlock } from '../collectors.js';
import type { Result } from '../../../core/types.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const OFF: PublicAccessBlock = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], extra: object = {}) => ({ Effect: 'Allow', Principal: '*', Action, Resource: 'arn:aws:s3:::b/*', ...extra });

interface Case {
  policy: Result<string | null>;
  block?: Result<PublicAccessBlock | null>;
}

function fixture(cases: Record<string, Case>, account: PublicAccessBlock | null | { error: ReturnType<typeof denied> } = null) {
  const names = Object.keys(cases);
  return new FixtureInventory()
    .set(buckets, names.map((name) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' })))
    .set(bucketPolicies, Object.fromEntries(names.map((n) => [n, cases[n].policy])))
    .set(bucketPublicAccessBlocks, Object.fromEntries(names.map((n) => [n, cases[n].block ?? { ok: true, data: null }])))
    .set(accountPublicAccessBlock, account);
}
const ok = <T,>(data: T): Result<T> => ({ ok: true, data });

describe('s3_bucket_policy_public_write_access', () => {
  it('FAIL when anyone may write or delete', () => {
    const findings = runCheck(
      check,
      fixture({
        put: { policy: ok(policy(allow('s3:PutObject'))) },
        star: { policy: ok(policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:*', Resource: 'arn:aws:s3:::star' })) },
        family: { policy: ok(policy(allow('s3:Delete*'))) },
        suffix: { policy: ok(policy(allow('s3:*Object'))) },
        notaction: { policy: ok(policy({ Effect: 'Allow', Principal: '*', NotAction: 's3:GetObject', Resource: '*' })) },
        // BlockPublicPolicy only stops new public policies; an existing one still applies.
        bpp: { policy: ok(policy(allow('s3:PutObject'))), block: ok({ ...OFF, blockPublicPolicy: true }) },
      }),
    );
    expect(statusById(findings)).toEqual({ put: 'FAIL', star: 'FAIL', family: 'FAIL', suffix: 'FAIL', notaction: 'FAIL', bpp: 'FAIL' });
    expect(findings[0].statusExtended).toBe('Bucket put is publicly writable: its bucket policy grants write access to anyone.');
  });

  it('PASS for read-only, restricted, absent or neutralised public policies', () => {
    const findings = runCheck(
      check,
      fixture({
        read: { policy: ok(policy(allow(['s3:GetObject', 's3:ListBucket']))) },
        org: { policy: ok(policy(allow('s3:PutObject', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }))) },
        account: { policy: ok(policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: '*' })) },
        none: { policy: ok(null) },
        restricted: { policy: ok(policy(allow('s3:PutObject'))), block: ok({ ...OFF, restrictPublicBuckets: true }) },
      }),
    );
    expect(statusById(findings)).toEqual({ read: 'PASS', org: 'PASS', account: 'PASS', none: 'PASS', restricted: 'PASS' });
    expect(findings.find((f) => f.resource.id === 'restricted')?.statusExtended).toContain('RestrictPublicBuckets');
  });

  it('PASS when the account restricts public buckets, even if the bucket policy was denied', () => {
    const findings = runCheck(check, fixture({ locked: { policy: { ok: false, error: denied('s3:GetBucketPolicy') } } }, { ...OFF, restrictPublicBuckets: true }));
    expect(findings[0].status).toBe('PASS');
  });

  it('ERROR when the policy could not be read, or a public policy might be neutralised by an unreadable block', () => {
    const findings = runCheck(
      check,
      fixture(
        {
          locked: { policy: { ok: false, error: denied('s3:GetBucketPolicy') } },
          maybe: { policy: ok(policy(allow('s3:PutObject'))) },
          safe: { policy: ok(policy(allow('s3:GetObject'))) },
        },
        { error: denied('s3control:GetPublicAccessBlock') },
      ),
    );
    expect(statusById(findings)).toEqual({ locked: 'ERROR', maybe: 'ERROR', safe: 'PASS' });
    expect(findings.find((f) => f.resource.id === 'locked')?.statusExtended).toContain('s3:GetBucketPolicy');
    expect(findings.find((f) => f.resource.id === 'maybe')?.statusExtended).toContain('s3control:GetPublicAccessBlock');
  });
});
