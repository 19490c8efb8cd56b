import { describe, expect, it } from 'vitest';
import check from './iam_user_two_active_access_key.js';
import { credentialReport } from '../collectors.js';
import { report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('iam_user_two_active_access_key', () => {
  it('FAIL with two active keys, PASS with one (an inactive second key does not count)', () => {
    const fx = new FixtureInventory().set(
      credentialReport,
      report([
        reportRow('two', { accessKey1Active: true, accessKey2Active: true }),
        reportRow('one', { accessKey1Active: true, accessKey2Active: false }),
        reportRow('second-slot', { accessKey2Active: true }),
        reportRow('none', { passwordEnabled: true }),
      ]),
    );
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ two: 'FAIL', one: 'PASS', 'second-slot': 'PASS' });
    expect(findings.find((f) => f.resource.id === 'two')!.statusExtended).toBe('User two has two active access keys.');
  });
  it('ERROR on the account when the credential report could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(credentialReport, { error: denied('iam:GetCredentialReport') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetCredentialReport');
  });
});
