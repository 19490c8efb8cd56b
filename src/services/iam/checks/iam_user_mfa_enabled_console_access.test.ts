import { describe, expect, it } from 'vitest';
import check from './iam_user_mfa_enabled_console_access.js';
import { credentialReport } from '../collectors.js';
import { report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('iam_user_mfa_enabled_console_access', () => {
  it('PASS for console users with MFA, FAIL without, nothing for users without a password', () => {
    const fx = new FixtureInventory().set(
      credentialReport,
      report([
        reportRow('alice', { passwordEnabled: true, mfaActive: true }),
        reportRow('bob', { passwordEnabled: true, mfaActive: false }),
        reportRow('ci-bot', { accessKey1Active: true }),
      ]),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ alice: 'PASS', bob: 'FAIL' });
    const bob = findings.find((f) => f.resource.id === 'bob')!;
    expect(bob.resource.arn).toBe('arn:aws:iam::123456789012:user/bob');
    expect(bob.statusExtended).toBe('User bob has a console password but no MFA device.');
  });
  it('ERROR on the account when the credential report could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(credentialReport, { error: denied('iam:GetCredentialReport') }));
    expect(f.status).toBe('ERROR');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(f.statusExtended).toContain('iam:GetCredentialReport');
  });
});
