import { describe, expect, it } from 'vitest';
import check from './cloudtrail_logs_s3_bucket_is_not_publicly_accessible.js';
import { trailList, type TrailConfig } from '../collectors.js';
import { accountPublicAccessBlock, bucketAcls, bucketPolicies, bucketPublicAccessBlocks, buckets, type BucketAcl, type PublicAccessBlock } from '../../s3/collectors.js';
import type { Result } from '../../../core/types.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const trail = (name: string, bucket: string): TrailConfig => ({
  arn: `arn:aws:cloudtrail:us-east-1:123456789012:trail/${name}`,
  name,
  homeRegion: 'us-east-1',
  isMultiRegion: false,
  isOrganizationTrail: false,
  s3BucketName: bucket,
  logFileValidationEnabled: true,
});
const OFF: PublicAccessBlock = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false };
const OWNER: BucketAcl = { ownerId: 'abc', grants: [{ granteeType: 'CanonicalUser', id: 'abc', permission: 'FULL_CONTROL' }] };
const PUBLIC_READ: BucketAcl = { ownerId: 'abc', grants: [...OWNER.grants, { granteeType: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' }] };
const CT_POLICY = JSON.stringify({
  Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/AWSLogs/*' }],
});
const PUBLIC_POLICY = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] });
const ok = <T,>(data: T): Result<T> => ({ ok: true, data });

interface Case {
  acl: Result<BucketAcl>;
  policy: Result<string | null>;
  block?: Result<PublicAccessBlock | null>;
}

function fixture(trails: TrailConfig[], cases: Record<string, Case>, account: PublicAccessBlock | null | { error: ReturnType<typeof denied> } = null) {
  const names = Object.keys(cases);
  return new FixtureInventory()
    .set(trailList, trails)
    .set(buckets, names.map((name) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'eu-west-1' })))
    .set(bucketAcls, Object.fromEntries(names.map((n) => [n, cases[n].acl])))
    .set(bucketPolicies, Object.fromEntries(names.map((n) => [n, cases[n].policy])))
    .set(bucketPublicAccessBlocks, Object.fromEntries(names.map((n) => [n, cases[n].block ?? ok(null)])))
    .set(accountPublicAccessBlock, account);
}

describe('cloudtrail_logs_s3_bucket_is_not_publicly_accessible', () => {
  it('PASS for a private log bucket, one finding per bucket naming its trails', () => {
    const findings = runCheck(check, fixture([trail('a', 'logs'), trail('b', 'logs')], { logs: { acl: ok(OWNER), policy: ok(CT_POLICY) } }));
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('PASS');
    expect(findings[0].resource).toMatchObject({ arn: 'arn:aws:s3:::logs', region: 'eu-west-1' });
    expect(findings[0].statusExtended).toContain('trails a, b');
  });

  it('FAIL for a public ACL grant or a public policy', () => {
    const findings = runCheck(
      check,
      fixture([trail('a', 'acl'), trail('b', 'pol')], { acl: { acl: ok(PUBLIC_READ), policy: ok(null) }, pol: { acl: ok(OWNER), policy: ok(PUBLIC_POLICY) } }),
    );
    expect(statusById(findings)).toEqual({ acl: 'FAIL', pol: 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'acl')?.statusExtended).toContain('READ to everyone (AllUsers)');
    expect(findings.find((f) => f.resource.id === 'pol')?.statusExtended).toContain('bucket policy grants access to anyone');
  });

  it('PASS when Block Public Access neutralises the public grants', () => {
    const findings = runCheck(
      check,
      fixture(
        [trail('a', 'acl'), trail('b', 'pol')],
        {
          acl: { acl: ok(PUBLIC_READ), policy: ok(null), block: ok({ ...OFF, ignorePublicAcls: true }) },
          pol: { acl: ok(OWNER), policy: ok(PUBLIC_POLICY) },
        },
        { ...OFF, restrictPublicBuckets: true },
      ),
    );
    expect(statusById(findings)).toEqual({ acl: 'PASS', pol: 'PASS' });
  });

  it('MANUAL when the log bucket is not in this account', () => {
    const findings = runCheck(check, fixture([trail('org', 'archive'), trail('copy', 'archive')], {}));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('Trails org, copy deliver their logs to bucket archive');
    expect(f.resource).toMatchObject({ arn: 'arn:aws:s3:::archive', region: 'us-east-1' });
  });

  it('ERROR when the ACL could not be read, but FAIL when a readable part is already public', () => {
    const findings = runCheck(
      check,
      fixture([trail('a', 'locked'), trail('b', 'half')], {
        locked: { acl: { ok: false, error: denied('s3:GetBucketAcl') }, policy: ok(null) },
        half: { acl: { ok: false, error: denied('s3:GetBucketAcl') }, policy: ok(PUBLIC_POLICY) },
      }),
    );
    expect(statusById(findings)).toEqual({ locked: 'ERROR', half: 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'locked')?.statusExtended).toContain('s3:GetBucketAcl');
  });
});
