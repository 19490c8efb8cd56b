import { describe, expect, it } from 'vitest';
import check from './iam_root_hardware_mfa_enabled.js';
import { accountSummary, credentialReport, virtualMfaDevices } from '../collectors.js';
import { report, reportRow } from '../credential-fixtures.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const ROOT = '<root_account>';
const rootMfa = (mfaActive: boolean) =>
  new FixtureInventory().set(credentialReport, report([], reportRow(ROOT, { mfaActive }))).set(accountSummary, { rootMfaEnabled: mfaActive, rootAccessKeysPresent: false });
const aliceDevice = { serialNumber: 'arn:aws:iam::123456789012:mfa/alice', userArn: 'arn:aws:iam::123456789012:user/alice' };

describe('iam_root_hardware_mfa_enabled', () => {
  it('PASS when root has MFA and no virtual device is assigned to root', () => {
    const [f] = runCheck(check, rootMfa(true).set(virtualMfaDevices, [aliceDevice]));
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
  });
  it('FAIL when the root MFA is a virtual device', () => {
    const rootDevice = { serialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device', userArn: 'arn:aws:iam::123456789012:root' };
    const [f] = runCheck(check, rootMfa(true).set(virtualMfaDevices, [aliceDevice, rootDevice]));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('root-account-mfa-device');
    expect(f.statusExtended).not.toContain('mfa/alice');
  });
  it('FAIL when root has no MFA at all (no need to read the virtual devices)', () => {
    const [f] = runCheck(check, rootMfa(false).set(virtualMfaDevices, { error: denied('iam:ListVirtualMFADevices') }));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('no MFA device');
  });
  it('ERROR when root has MFA but the virtual devices could not be listed', () => {
    const [f] = runCheck(check, rootMfa(true).set(virtualMfaDevices, { error: denied('iam:ListVirtualMFADevices') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:ListVirtualMFADevices');
  });
  it('ERROR when root MFA status could not be read at all', () => {
    const fx = new FixtureInventory()
      .set(credentialReport, { error: denied('iam:GetCredentialReport') })
      .set(accountSummary, { error: denied('iam:GetAccountSummary') })
      .set(virtualMfaDevices, []);
    expect(runCheck(check, fx)[0].status).toBe('ERROR');
  });
});
