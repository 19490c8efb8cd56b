import { describe, expect, it } from 'vitest';
import check from './iam_aws_attached_policy_no_administrative_privileges.js';
import { authorizationDetails } from '../policies.js';
import { ADMIN_DOC, READ_DOC, awsRef, customRef, details, policy, role, user } from '../policy-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const POWER_USER = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }],
};

describe('iam_aws_attached_policy_no_administrative_privileges', () => {
  it('FAIL for an attached AWS managed admin policy, PASS for a scoped one; ignores customer policies', () => {
    const fx = new FixtureInventory().set(
      authorizationDetails,
      details({
        users: [user('alice', [awsRef('AdministratorAccess')])],
        roles: [role('reader', [awsRef('ReadOnlyAccess')])],
        policies: [
          policy(awsRef('AdministratorAccess'), ADMIN_DOC),
          policy(awsRef('ReadOnlyAccess'), READ_DOC),
          policy(customRef('my-admin'), ADMIN_DOC),
        ],
      }),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ AdministratorAccess: 'FAIL', ReadOnlyAccess: 'PASS' });
    const fail = findings.find((f) => f.status === 'FAIL')!;
    expect(fail.resource.arn).toBe('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(fail.statusExtended).toContain('user alice');
    expect(fail.statusExtended).toContain('every action');
  });

  it('PASS for PowerUserAccess (NotAction excludes IAM), FAIL for a NotAction policy that leaves IAM allowed', () => {
    const leaky = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['organizations:*'], Resource: '*' }] };
    const fx = new FixtureInventory().set(
      authorizationDetails,
      details({
        roles: [role('dev', [awsRef('PowerUserAccess'), awsRef('AlmostEverything')])],
        policies: [policy(awsRef('PowerUserAccess'), POWER_USER), policy(awsRef('AlmostEverything'), leaky)],
      }),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ PowerUserAccess: 'PASS', AlmostEverything: 'FAIL' });
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toContain('except organizations:*');
  });

  it('reports nothing for unattached policies', () => {
    const fx = new FixtureInventory().set(authorizationDetails, details({ policies: [policy(awsRef('AdministratorAccess'), ADMIN_DOC, 0)] }));
    expect(runCheck(check, fx)).toEqual([]);
  });

  it('ERROR when the authorization details were denied, or a document is unreadable', () => {
    const [f] = runCheck(check, new FixtureInventory().set(authorizationDetails, { error: denied('iam:GetAccountAuthorizationDetails') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetAccountAuthorizationDetails');
    const bad = new FixtureInventory().set(authorizationDetails, details({ policies: [policy(awsRef('Weird'), '%%not-json')] }));
    const [g] = runCheck(check, bad);
    expect(g.status).toBe('ERROR');
    expect(g.resource.id).toBe('Weird');
  });
});
