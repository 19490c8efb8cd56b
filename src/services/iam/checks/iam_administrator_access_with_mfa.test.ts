import { describe, expect, it } from 'vitest';
import check from './iam_administrator_access_with_mfa.js';
import { authorizationDetails } from '../policies.js';
import { credentialReport } from '../collectors.js';
import { awsRef, details, group, user } from '../policy-fixtures.test-helper.js';
import { report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const inv = () =>
  new FixtureInventory().set(
    authorizationDetails,
    details({
      groups: [group('admins', [awsRef('AdministratorAccess')]), group('secure-admins', [awsRef('AdministratorAccess')]), group('devs')],
      users: [
        { ...user('alice'), groups: ['admins', 'secure-admins'] },
        { ...user('bob'), groups: ['admins', 'devs'] },
        { ...user('carol'), groups: ['devs'] },
      ],
    }),
  );

describe('iam_administrator_access_with_mfa', () => {
  it('FAIL for an admin group with a member without MFA, PASS when all have it; other groups are not reported', () => {
    const fx = inv().set(credentialReport, report([reportRow('alice', { mfaActive: true }), reportRow('bob'), reportRow('carol')]));
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ admins: 'FAIL', 'secure-admins': 'PASS' });
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/member bob has no MFA device/);
  });
  it('ERROR when the credential report or the details were denied', () => {
    expect(statusById(runCheck(check, inv().set(credentialReport, { error: denied('iam:GetCredentialReport') })))).toEqual({ admins: 'ERROR', 'secure-admins': 'ERROR' });
    const [f] = runCheck(check, new FixtureInventory().set(authorizationDetails, { error: denied('iam:GetAccountAuthorizationDetails') }));
    expect(f.status).toBe('ERROR');
  });
});
