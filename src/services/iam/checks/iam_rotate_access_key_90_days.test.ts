import { describe, expect, it } from 'vitest';
import check from './iam_rotate_access_key_90_days.js';
import { credentialReport } from '../collectors.js';
import { daysAgo, report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const fx = () =>
  new FixtureInventory().set(
    credentialReport,
    report([
      reportRow('rotated', { accessKey1Active: true, accessKey1LastRotated: daysAgo(90), accessKey1LastUsed: daysAgo(1) }),
      reportRow('old', { accessKey1Active: true, accessKey1LastRotated: daysAgo(10), accessKey2Active: true, accessKey2LastRotated: daysAgo(200) }),
      reportRow('inactive', { accessKey1Active: false, accessKey1LastRotated: daysAgo(900) }),
      reportRow('console', { passwordEnabled: true }),
    ]),
  );

describe('iam_rotate_access_key_90_days', () => {
  it('PASS for keys 90 days old or younger, FAIL for older active keys, nothing for users without active keys', () => {
    const findings = runCheck(check, fx());
    expect(statusById(findings)).toEqual({ rotated: 'PASS', old: 'FAIL' });
    const old = findings.find((f) => f.resource.id === 'old')!;
    expect(old.statusExtended).toContain('access key 2 created');
    expect(old.statusExtended).toContain('200 days ago');
    expect(old.statusExtended).not.toContain('access key 1');
    expect(old.resource.arn).toBe('arn:aws:iam::123456789012:user/old');
  });
  it('honours max_access_key_age_days', () => {
    expect(statusById(runCheck(check, fx(), { config: { [check.id]: { max_access_key_age_days: 30 } } })).rotated).toBe('FAIL');
  });
  it('ERROR on the account when the credential report could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(credentialReport, { error: denied('iam:GetCredentialReport') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetCredentialReport');
  });
});
