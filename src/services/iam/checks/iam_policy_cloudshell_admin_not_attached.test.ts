import { describe, expect, it } from 'vitest';
import check from './iam_policy_cloudshell_admin_not_attached.js';
import { authorizationDetails } from '../policies.js';
import { awsRef, details, group, role, user } from '../policy-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('iam_policy_cloudshell_admin_not_attached', () => {
  it('FAIL naming every identity that has AWSCloudShellFullAccess', () => {
    const fx = new FixtureInventory().set(
      authorizationDetails,
      details({
        users: [user('alice', [awsRef('AWSCloudShellFullAccess')]), user('bob')],
        groups: [group('ops', [awsRef('AWSCloudShellFullAccess')])],
        roles: [role('ci', [awsRef('ReadOnlyAccess')])],
      }),
    );
    const [f, ...rest] = runCheck(check, fx);
    expect(rest).toEqual([]);
    expect(f.status).toBe('FAIL');
    expect(f.resource.arn).toBe('arn:aws:iam::aws:policy/AWSCloudShellFullAccess');
    expect(f.statusExtended).toContain('user alice, group ops');
    expect(f.statusExtended).not.toContain('bob');
  });

  it('PASS when nothing has it attached', () => {
    const fx = new FixtureInventory().set(authorizationDetails, details({ users: [user('alice', [awsRef('AWSCloudShellReadOnly')])] }));
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('PASS');
  });

  it('ERROR when the authorization details were denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(authorizationDetails, { error: denied('iam:GetAccountAuthorizationDetails') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetAccountAuthorizationDetails');
  });
});
