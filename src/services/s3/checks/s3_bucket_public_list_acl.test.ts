import { describe, expect, it } from 'vitest';
import check from './s3_bucket_public_list_acl.js';
import { ALL_USERS, AUTH_USERS, NONE, grant, publicFixture } from '../public-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('s3_bucket_public_list_acl', () => {
  it('FAIL for READ or FULL_CONTROL to AllUsers or AuthenticatedUsers', () => {
    const findings = runCheck(
      check,
      publicFixture({ all: { grants: [grant(ALL_USERS, 'READ')] }, auth: { grants: [grant(AUTH_USERS, 'FULL_CONTROL')] } }),
    );
    expect(statusById(findings)).toEqual({ all: 'FAIL', auth: 'FAIL' });
    expect(findings[1].statusExtended).toContain('FULL_CONTROL to any AWS account (AuthenticatedUsers)');
  });
  it('PASS for write-only public grants, private ACLs, IgnorePublicAcls and BucketOwnerEnforced', () => {
    const findings = runCheck(
      check,
      publicFixture(
        {
          writeonly: { grants: [grant(ALL_USERS, 'WRITE')] },
          private: {},
          ignored: { grants: [grant(ALL_USERS, 'READ')], block: { ...NONE, ignorePublicAcls: true } },
          enforced: { grants: [grant(ALL_USERS, 'READ')], ownership: 'BucketOwnerEnforced' },
        },
      ),
    );
    expect(statusById(findings)).toEqual({ writeonly: 'PASS', private: 'PASS', ignored: 'PASS', enforced: 'PASS' });
  });
  it('ERROR when the ACL, or the setting that could neutralise a public grant, was denied', () => {
    const findings = runCheck(check, publicFixture({ acl: { grants: 'denied' }, own: { grants: [grant(ALL_USERS, 'READ')], ownership: 'denied' } }));
    expect(statusById(findings)).toEqual({ acl: 'ERROR', own: 'ERROR' });
    expect(findings[1].statusExtended).toContain('s3:GetBucketOwnershipControls');
  });
});
