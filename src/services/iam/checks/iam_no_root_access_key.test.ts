import { describe, expect, it } from 'vitest';
import check from './iam_no_root_access_key.js';
import { accountSummary, credentialReport } from '../collectors.js';
import { report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const ROOT = '<root_account>';
const summary = (rootAccessKeysPresent: boolean) => ({ rootMfaEnabled: true, rootAccessKeysPresent });

describe('iam_no_root_access_key', () => {
  it('PASS when the root row has no active key (an inactive key is not counted)', () => {
    const fx = new FixtureInventory()
      .set(credentialReport, report([], reportRow(ROOT, { accessKey1Active: false, accessKey1LastRotated: '2020-01-01T00:00:00.000Z' })))
      .set(accountSummary, summary(true));
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
  });
  it('FAIL when the root row has an active key', () => {
    const fx = new FixtureInventory().set(credentialReport, report([], reportRow(ROOT, { accessKey2Active: true }))).set(accountSummary, summary(false));
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('key 2');
    const both = new FixtureInventory().set(credentialReport, report([], reportRow(ROOT, { accessKey1Active: true, accessKey2Active: true })));
    expect(runCheck(check, both.set(accountSummary, summary(true)))[0].statusExtended).toContain('two active access keys');
  });
  it('uses the account summary when the report has no root row', () => {
    const present = new FixtureInventory().set(credentialReport, report([])).set(accountSummary, summary(true));
    const [f] = runCheck(check, present);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('account summary');
    const absent = new FixtureInventory().set(credentialReport, report([])).set(accountSummary, summary(false));
    expect(runCheck(check, absent)[0].status).toBe('PASS');
  });
  it('ERROR when neither source could be read', () => {
    const fx = new FixtureInventory()
      .set(credentialReport, { error: denied('iam:GetCredentialReport') })
      .set(accountSummary, { error: denied('iam:GetAccountSummary') });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetCredentialReport');
    expect(f.statusExtended).toContain('iam:GetAccountSummary');
  });
});
