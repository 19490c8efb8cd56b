import { describe, expect, it } from 'vitest';
import check from './iam_policy_attached_only_to_group_or_roles.js';
import { authorizationDetails } from '../policies.js';
import { awsRef, details, user } from '../policy-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('iam_policy_attached_only_to_group_or_roles', () => {
  it('FAIL for users with attached or inline policies, PASS for users without', () => {
    const fx = new FixtureInventory().set(
      authorizationDetails,
      details({ users: [user('alice', [awsRef('ReadOnlyAccess')]), user('bob', [], ['s3-inline']), user('carol')] }),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ alice: 'FAIL', bob: 'FAIL', carol: 'PASS' });
    const byId = Object.fromEntries(findings.map((f) => [f.resource.id, f]));
    expect(byId.alice.statusExtended).toContain('managed ReadOnlyAccess');
    expect(byId.bob.statusExtended).toContain('inline s3-inline');
    expect(byId.carol.resource.arn).toBe('arn:aws:iam::123456789012:user/carol');
  });

  it('reports nothing when there are no users', () => {
    expect(runCheck(check, new FixtureInventory().set(authorizationDetails, details({})))).toEqual([]);
  });

  it('ERROR when the authorization details were denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(authorizationDetails, { error: denied('iam:GetAccountAuthorizationDetails') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetAccountAuthorizationDetails');
  });
});
