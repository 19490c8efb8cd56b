import { describe, expect, it } from 'vitest';
import check from './s3_bucket_public_access.js';
import { ALL, ALL_USERS, AUTH_USERS, NONE, grant, publicFixture, publicReadPolicy } from '../public-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('s3_bucket_public_access', () => {
  it('FAIL for every way a bucket becomes public: AllUsers or AuthenticatedUsers ACL grants, an unconditioned public policy', () => {
    const findings = runCheck(
      check,
      publicFixture({
        'acl-all': { grants: [grant(ALL_USERS, 'READ')] },
        // Prowler looks only for AllUsers in some paths; AuthenticatedUsers is any AWS account in the world.
        'acl-auth': { grants: [grant(AUTH_USERS, 'READ_ACP')] },
        policy: { policy: publicReadPolicy('policy') },
        // A condition that does not narrow the caller (a user-agent header) leaves the statement public.
        'weak-condition': { policy: publicReadPolicy('weak-condition', { StringLike: { 'aws:UserAgent': '*' } }) },
      }),
    );
    expect(statusById(findings)).toEqual({ 'acl-all': 'FAIL', 'acl-auth': 'FAIL', policy: 'FAIL', 'weak-condition': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'acl-auth')!.statusExtended).toContain('AuthenticatedUsers');
    expect(findings.find((f) => f.resource.id === 'policy')!.statusExtended).toContain('bucket policy grants access to anyone');
  });

  it('PASS for private buckets and when Block Public Access or ACL-disabling neutralises the grants', () => {
    const findings = runCheck(
      check,
      publicFixture({
        private: {},
        'org-only': { policy: publicReadPolicy('org-only', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }) },
        'ignored-acl': { grants: [grant(ALL_USERS, 'FULL_CONTROL')], block: { ...NONE, ignorePublicAcls: true } },
        'enforced-owner': { grants: [grant(ALL_USERS, 'READ')], ownership: 'BucketOwnerEnforced' },
        'restricted-policy': { policy: publicReadPolicy('restricted-policy'), block: { ...NONE, restrictPublicBuckets: true } },
      }),
    );
    expect(statusById(findings)).toEqual({ private: 'PASS', 'org-only': 'PASS', 'ignored-acl': 'PASS', 'enforced-owner': 'PASS', 'restricted-policy': 'PASS' });
    expect(findings.find((f) => f.resource.id === 'enforced-owner')!.statusExtended).toContain('BucketOwnerEnforced');
  });

  it('BlockPublicAcls and BlockPublicPolicy alone do not hide existing grants; the account-level block does', () => {
    const specs = { open: { grants: [grant(ALL_USERS, 'READ')], policy: publicReadPolicy('open'), block: { ...NONE, blockPublicAcls: true, blockPublicPolicy: true } } };
    expect(runCheck(check, publicFixture(specs))[0].status).toBe('FAIL');
    const [f] = runCheck(check, publicFixture(specs, ALL));
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('IgnorePublicAcls');
  });

  it('ERROR when a read that could decide the verdict was denied; FAIL still wins when another mechanism proves exposure', () => {
    const findings = runCheck(
      check,
      publicFixture({
        'acl-denied': { grants: 'denied' },
        'policy-denied': { policy: 'denied' },
        'block-denied': { grants: [grant(ALL_USERS, 'READ')], block: 'denied' },
        'exposed-anyway': { grants: 'denied', policy: publicReadPolicy('exposed-anyway') },
      }),
    );
    expect(statusById(findings)).toEqual({ 'acl-denied': 'ERROR', 'policy-denied': 'ERROR', 'block-denied': 'ERROR', 'exposed-anyway': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'acl-denied')!.statusExtended).toContain('s3:GetBucketAcl');
    expect(findings.find((f) => f.resource.id === 'block-denied')!.statusExtended).toContain('s3:GetPublicAccessBlock');
  });

  it('a denied read does not matter when Block Public Access already decides', () => {
    const findings = runCheck(check, publicFixture({ 'acl-denied': { grants: 'denied', policy: 'denied' } }, ALL));
    expect(findings[0].status).toBe('PASS');
  });
});
