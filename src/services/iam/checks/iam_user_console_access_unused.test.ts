import { describe, expect, it } from 'vitest';
import check from './iam_user_console_access_unused.js';
import { credentialReport } from '../collectors.js';
import { daysAgo, report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const fx = () =>
  new FixtureInventory().set(
    credentialReport,
    report([
      reportRow('recent', { passwordEnabled: true, passwordLastUsed: daysAgo(3) }),
      reportRow('dormant', { passwordEnabled: true, passwordLastUsed: daysAgo(60) }),
      reportRow('new-never', { passwordEnabled: true, passwordLastChanged: daysAgo(10) }),
      reportRow('old-never', { passwordEnabled: true, passwordLastChanged: daysAgo(100) }),
      reportRow('api-only', { accessKey1Active: true, accessKey1LastRotated: daysAgo(500) }),
    ]),
  );

describe('iam_user_console_access_unused', () => {
  it('PASS for recent or newly set passwords, FAIL for passwords unused 45 days or more', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ recent: 'PASS', dormant: 'FAIL', 'new-never': 'PASS', 'old-never': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'dormant')!.statusExtended).toContain('60 days ago');
    expect(findings.find((f) => f.resource.id === 'old-never')!.statusExtended).toContain('never been used');
  });
  it('counts exactly 45 days as unused', () => {
    const edge = new FixtureInventory().set(credentialReport, report([reportRow('edge', { passwordEnabled: true, passwordLastUsed: daysAgo(45) })]));
    expect(runCheck(check, edge)[0].status).toBe('FAIL');
  });
  it('CIS 1.2/1.3 evaluate with 90 days through the compliance data', () => {
    const findings = runCheck(check, fx(), { frameworksInScope: ['cis_1.3_aws'] });
    expect(statusById(findings)).toEqual({ recent: 'PASS', dormant: 'PASS', 'new-never': 'PASS', 'old-never': 'FAIL' });
    expect(findings[0].params).toEqual({ max_console_access_days: 90 });
  });
  it('ERROR on the account when the credential report could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(credentialReport, { error: denied('iam:GetCredentialReport') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetCredentialReport');
  });
});
