import { describe, expect, it } from 'vitest';
import check from './s3_bucket_public_write_acl.js';
import { ALL, ALL_USERS, AUTH_USERS, grant, publicFixture } from '../public-fixtures.js';
import { runCheck, statusById } from '../../../../test/helpers/check.js';

describe('s3_bucket_public_write_acl', () => {
  it('FAIL for WRITE, WRITE_ACP or FULL_CONTROL to AllUsers or AuthenticatedUsers', () => {
    const findings = runCheck(
      check,
      publicFixture({
        w: { grants: [grant(ALL_USERS, 'WRITE')] },
        acp: { grants: [grant(AUTH_USERS, 'WRITE_ACP')] },
        full: { grants: [grant(ALL_USERS, 'FULL_CONTROL')] },
      }),
    );
    expect(statusById(findings)).toEqual({ w: 'FAIL', acp: 'FAIL', full: 'FAIL' });
    expect(findings[0].statusExtended).toBe('Bucket w lets the public write to it: its ACL grants WRITE to everyone (AllUsers).');
  });
  it('PASS for read-only public grants and when the account ignores public ACLs', () => {
    expect(statusById(runCheck(check, publicFixture({ r: { grants: [grant(ALL_USERS, 'READ')] } })))).toEqual({ r: 'PASS' });
    expect(statusById(runCheck(check, publicFixture({ w: { grants: [grant(ALL_USERS, 'WRITE')] } }, ALL)))).toEqual({ w: 'PASS' });
  });
  it('ERROR when the ACL was denied, or when the account block was denied and a public grant exists', () => {
    expect(statusById(runCheck(check, publicFixture({ a: { grants: 'denied' } })))).toEqual({ a: 'ERROR' });
    const [f] = runCheck(check, publicFixture({ w: { grants: [grant(ALL_USERS, 'WRITE')] } }, 'denied'));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('s3control:GetPublicAccessBlock');
  });
});
