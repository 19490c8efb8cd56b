import { describe, expect, it } from 'vitest';
import check from './iam_support_role_created.js';
import { authorizationDetails } from '../policies.js';
import { awsRef, details, role, user } from '../policy-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('iam_support_role_created', () => {
  it('PASS when a role has AWSSupportAccess attached', () => {
    const fx = new FixtureInventory().set(authorizationDetails, details({ roles: [role('app'), role('support', [awsRef('AWSSupportAccess')])] }));
    const [f, ...rest] = runCheck(check, fx);
    expect(rest).toEqual([]);
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::aws:policy/AWSSupportAccess');
    expect(f.statusExtended).toContain('role support');
  });

  it('FAIL when no role has it, saying when only users have it', () => {
    const none = runCheck(check, new FixtureInventory().set(authorizationDetails, details({ roles: [role('app')] })));
    expect(none[0].status).toBe('FAIL');
    expect(none[0].statusExtended).toContain('No IAM role');
    const usersOnly = runCheck(check, new FixtureInventory().set(authorizationDetails, details({ users: [user('alice', [awsRef('AWSSupportAccess')])] })));
    expect(usersOnly[0].status).toBe('FAIL');
    expect(usersOnly[0].statusExtended).toContain('only to user alice');
  });

  it('ERROR when the authorization details were denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(authorizationDetails, { error: denied('iam:GetAccountAuthorizationDetails') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetAccountAuthorizationDetails');
  });
});
