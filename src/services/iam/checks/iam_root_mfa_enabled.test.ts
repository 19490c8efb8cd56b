import { describe, expect, it } from 'vitest';
import check from './iam_root_mfa_enabled.js';
import { accountSummary, credentialReport } from '../collectors.js';
import { report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const ROOT = '<root_account>';
const summary = (rootMfaEnabled: boolean) => ({ rootMfaEnabled, rootAccessKeysPresent: false });

describe('iam_root_mfa_enabled', () => {
  it('PASS when the report root row shows MFA', () => {
    const fx = new FixtureInventory().set(credentialReport, report([], reportRow(ROOT, { mfaActive: true }))).set(accountSummary, summary(false));
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
  });
  it('FAIL when the report root row shows no MFA', () => {
    const fx = new FixtureInventory().set(credentialReport, report([], reportRow(ROOT, { mfaActive: false }))).set(accountSummary, summary(true));
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('root user does not have MFA');
  });
  it('falls back to the account summary when the report has no root row (moto) or was denied', () => {
    const noRow = new FixtureInventory().set(credentialReport, report([])).set(accountSummary, summary(true));
    expect(runCheck(check, noRow)[0].status).toBe('PASS');
    const deniedReport = new FixtureInventory().set(credentialReport, { error: denied('iam:GetCredentialReport') }).set(accountSummary, summary(false));
    expect(runCheck(check, deniedReport)[0].status).toBe('FAIL');
  });
  it('MANUAL when the root user has no credentials at all (centralized root access)', () => {
    const fx = new FixtureInventory().set(credentialReport, report([], reportRow(ROOT, { passwordEnabled: false }))).set(accountSummary, summary(false));
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('password recovery');
  });
  it('ERROR, not PASS, when neither the report root row nor the summary could be read', () => {
    const fx = new FixtureInventory().set(credentialReport, report([])).set(accountSummary, { error: denied('iam:GetAccountSummary') });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('no root user row');
    expect(f.statusExtended).toContain('iam:GetAccountSummary');
    const both = new FixtureInventory()
      .set(credentialReport, { error: denied('iam:GetCredentialReport') })
      .set(accountSummary, { error: denied('iam:GetAccountSummary') });
    const [g] = runCheck(check, both);
    expect(g.status).toBe('ERROR');
    expect(g.error?.operation).toBe('iam:GetCredentialReport');
  });
});
