import { describe, expect, it } from 'vitest';
import check from './iam_customer_attached_policy_no_administrative_privileges.js';
import { authorizationDetails } from '../policies.js';
import { ADMIN_DOC, READ_DOC, awsRef, customRef, details, group, policy, role } from '../policy-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('iam_customer_attached_policy_no_administrative_privileges', () => {
  it('FAIL for an attached customer admin policy, PASS for a scoped one; ignores AWS managed and unattached policies', () => {
    const cancelled = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: '*', Resource: '*' },
      ],
    };
    const fx = new FixtureInventory().set(
      authorizationDetails,
      details({
        groups: [group('admins', [customRef('my-admin')])],
        roles: [role('app', [customRef('app-read'), customRef('denied-all')])],
        policies: [
          policy(customRef('my-admin'), ADMIN_DOC),
          policy(customRef('app-read'), READ_DOC),
          policy(customRef('denied-all'), cancelled),
          policy(customRef('spare-admin'), ADMIN_DOC, 0),
          policy(awsRef('AdministratorAccess'), ADMIN_DOC),
        ],
      }),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'my-admin': 'FAIL', 'app-read': 'PASS', 'denied-all': 'PASS' });
    const fail = findings.find((f) => f.status === 'FAIL')!;
    expect(fail.resource.arn).toBe('arn:aws:iam::123456789012:policy/my-admin');
    expect(fail.statusExtended).toMatch(/Customer managed policy my-admin is attached to group admins/);
  });

  it('ERROR when the authorization details were denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(authorizationDetails, { error: denied('iam:GetAccountAuthorizationDetails') }));
    expect(f.status).toBe('ERROR');
    expect(f.error?.operation).toBe('iam:GetAccountAuthorizationDetails');
  });
});
