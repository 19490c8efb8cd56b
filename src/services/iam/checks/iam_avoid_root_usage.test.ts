import { describe, expect, it } from 'vitest';
import check from './iam_avoid_root_usage.js';
import { credentialReport } from '../collectors.js';
import { daysAgo, report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const ROOT = '<root_account>';
const withRoot = (overrides: Parameters<typeof reportRow>[1]) => new FixtureInventory().set(credentialReport, report([], reportRow(ROOT, overrides)));

describe('iam_avoid_root_usage', () => {
  it('PASS when root was last used longer ago than the window, or never', () => {
    const [f] = runCheck(check, withRoot({ passwordLastUsed: daysAgo(200), accessKey1LastUsed: daysAgo(45) }));
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(f.statusExtended).toContain('200 days ago');
    const [never] = runCheck(check, withRoot({}));
    expect(never.status).toBe('PASS');
    expect(never.statusExtended).toContain('no use');
  });
  it('FAIL when the root password or a root key was used within the window (30 days by default)', () => {
    const [pw] = runCheck(check, withRoot({ passwordLastUsed: daysAgo(2) }));
    expect(pw.status).toBe('FAIL');
    expect(pw.statusExtended).toContain('password last used');
    expect(pw.statusExtended).toContain('2 days ago');
    const [key] = runCheck(check, withRoot({ passwordLastUsed: daysAgo(300), accessKey2LastUsed: daysAgo(29) }));
    expect(key.status).toBe('FAIL');
    expect(key.statusExtended).toContain('access key 2');
    expect(key.statusExtended).not.toContain('password');
    expect(runCheck(check, withRoot({ passwordLastUsed: daysAgo(30) }))[0].status).toBe('PASS');
  });
  it('measures against the scan start and honours a configured window', () => {
    const fx = withRoot({ passwordLastUsed: daysAgo(10) });
    expect(runCheck(check, fx, { config: { [check.id]: { max_root_use_days: 7 } } })[0].status).toBe('PASS');
    expect(runCheck(check, fx, { config: { [check.id]: { max_root_use_days: 11 } } })[0].status).toBe('FAIL');
  });
  it('ERROR when the report could not be read, or has no root row', () => {
    const [f] = runCheck(check, new FixtureInventory().set(credentialReport, { error: denied('iam:GetCredentialReport') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetCredentialReport');
    const [g] = runCheck(check, new FixtureInventory().set(credentialReport, report([reportRow('alice')])));
    expect(g.status).toBe('ERROR');
    expect(g.statusExtended).toContain('no row for the root user');
  });
});
