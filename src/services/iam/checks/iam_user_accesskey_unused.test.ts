import { describe, expect, it } from 'vitest';
import check from './iam_user_accesskey_unused.js';
import { credentialReport } from '../collectors.js';
import { daysAgo, report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const fx = () =>
  new FixtureInventory().set(
    credentialReport,
    report([
      reportRow('busy', { accessKey1Active: true, accessKey1LastRotated: daysAgo(400), accessKey1LastUsed: daysAgo(1) }),
      reportRow('stale', { accessKey1Active: true, accessKey1LastRotated: daysAgo(400), accessKey1LastUsed: daysAgo(60) }),
      reportRow('fresh-unused', { accessKey2Active: true, accessKey2LastRotated: daysAgo(5) }),
      reportRow('old-unused', {
        accessKey1Active: true,
        accessKey1LastRotated: daysAgo(300),
        accessKey1LastUsed: daysAgo(2),
        accessKey2Active: true,
        accessKey2LastRotated: daysAgo(120),
      }),
      reportRow('inactive-old', { accessKey1Active: false, accessKey1LastRotated: daysAgo(900), accessKey1LastUsed: daysAgo(800) }),
    ]),
  );

describe('iam_user_accesskey_unused', () => {
  it('PASS when every active key was used (or created) within 45 days, FAIL otherwise; inactive keys are ignored', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ busy: 'PASS', stale: 'FAIL', 'fresh-unused': 'PASS', 'old-unused': 'FAIL' });
    const oldUnused = findings.find((f) => f.resource.id === 'old-unused')!;
    expect(oldUnused.statusExtended).toContain('access key 2 never used, created');
    expect(oldUnused.statusExtended).not.toContain('access key 1');
    expect(findings.find((f) => f.resource.id === 'stale')!.statusExtended).toContain('access key 1 last used');
  });
  it('uses max_unused_access_keys_days, and 90 days for CIS 1.2', () => {
    expect(statusById(runCheck(check, fx(), { config: { [check.id]: { max_unused_access_keys_days: 200 } } }))['old-unused']).toBe('PASS');
    const cis12 = runCheck(check, fx(), { frameworksInScope: ['cis_1.2_aws'] });
    expect(statusById(cis12)).toEqual({ busy: 'PASS', stale: 'PASS', 'fresh-unused': 'PASS', 'old-unused': 'FAIL' });
  });
  it('ERROR on the account when the credential report could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(credentialReport, { error: denied('iam:GetCredentialReport') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetCredentialReport');
  });
});
