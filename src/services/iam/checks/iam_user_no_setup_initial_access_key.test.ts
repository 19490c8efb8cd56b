import { describe, expect, it } from 'vitest';
import check from './iam_user_no_setup_initial_access_key.js';
import { credentialReport } from '../collectors.js';
import { daysAgo, report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('iam_user_no_setup_initial_access_key', () => {
  it('FAIL for console users with a never-used active key; PASS for other console users; API-only users are not evaluated', () => {
    const fx = new FixtureInventory().set(
      credentialReport,
      report([
        reportRow('onboarded', { passwordEnabled: true, accessKey1Active: true, accessKey1LastRotated: daysAgo(100) }),
        reportRow('used', { passwordEnabled: true, accessKey1Active: true, accessKey1LastRotated: daysAgo(100), accessKey1LastUsed: daysAgo(3) }),
        reportRow('no-keys', { passwordEnabled: true }),
        reportRow('deactivated', { passwordEnabled: true, accessKey2Active: false, accessKey2LastRotated: daysAgo(100) }),
        reportRow('api-only', { accessKey1Active: true, accessKey1LastRotated: daysAgo(100) }),
      ]),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ onboarded: 'FAIL', used: 'PASS', 'no-keys': 'PASS', deactivated: 'PASS' });
    expect(findings.find((f) => f.resource.id === 'onboarded')!.statusExtended).toContain('access key 1 never used');
  });
  it('ERROR on the account when the credential report could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(credentialReport, { error: denied('iam:GetCredentialReport') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetCredentialReport');
  });
});
