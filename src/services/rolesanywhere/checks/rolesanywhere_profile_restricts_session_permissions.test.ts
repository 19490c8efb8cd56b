import { describe, expect, it } from 'vitest';
import check from './rolesanywhere_profile_restricts_session_permissions.js';
import { profiles, type RolesAnywhereProfile } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const profile = (id: string, p: Partial<RolesAnywhereProfile> = {}): RolesAnywhereProfile => ({
  arn: `arn:aws:rolesanywhere:us-east-1:123456789012:profile/${id}`,
  id,
  name: id,
  enabled: true,
  roleArns: ['arn:aws:iam::123456789012:role/onprem'],
  managedPolicyArns: [],
  ...p,
});
const doc = (Action: string, Resource: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] });

describe('rolesanywhere_profile_restricts_session_permissions (fixtures; collectors use aws-sdk-client-mock: moto lacks rolesanywhere)', () => {
  it('PASS with a narrow session policy or managed session policy, and for disabled profiles', () => {
    const fx = new FixtureInventory().set(profiles, [
      profile('inline', { sessionPolicy: doc('s3:PutObject', 'arn:aws:s3:::backups/*') }),
      profile('managed', { managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] }),
      profile('off', { enabled: false }),
    ]);
    expect(statusById(runCheck(check, fx))).toEqual({ inline: 'PASS', managed: 'PASS', off: 'PASS' });
  });

  it('FAIL without a session policy, or when one of them allows everything (Prowler passes any session policy)', () => {
    const fx = new FixtureInventory().set(profiles, [
      profile('none'),
      profile('star', { sessionPolicy: doc('*', '*') }),
      profile('admin', { sessionPolicy: doc('s3:GetObject', '*'), managedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ none: 'FAIL', star: 'FAIL', admin: 'FAIL' });
    expect(findings[0].statusExtended).toContain('role/onprem');
    expect(findings[2].statusExtended).toContain('AdministratorAccess');
  });

  it('ERROR when the listing was denied; nothing where Roles Anywhere is not offered', () => {
    expect(runCheck(check, new FixtureInventory().set(profiles, { error: denied('rolesanywhere:ListProfiles') }))[0].status).toBe('ERROR');
    const absent = { kind: 'Unavailable' as const, code: 'ENOTFOUND', operation: 'rolesanywhere:ListProfiles', message: 'no endpoint' };
    expect(runCheck(check, new FixtureInventory().set(profiles, { error: absent }))).toEqual([]);
  });
});
