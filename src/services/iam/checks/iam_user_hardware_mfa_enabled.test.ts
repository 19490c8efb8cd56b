import { describe, expect, it } from 'vitest';
import check from './iam_user_hardware_mfa_enabled.js';
import { userMfaDevices } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const u = (name: string, devices: unknown) => ({ name, arn: `arn:aws:iam::123456789012:user/${name}`, devices });

describe('iam_user_hardware_mfa_enabled', () => {
  it('PASS for a hardware token or FIDO key, FAIL for virtual only or none, ERROR for a user whose devices were denied', () => {
    const fx = new FixtureInventory().set(userMfaDevices, [
      u('hw', { ok: true, data: [{ serialNumber: 'GAHT12345678', type: 'hardware' }] }),
      u('fido', { ok: true, data: [{ serialNumber: 'arn:aws:iam::123456789012:u2f/user/fido/key', type: 'u2f' }] }),
      u('app', { ok: true, data: [{ serialNumber: 'arn:aws:iam::123456789012:mfa/app', type: 'virtual' }] }),
      u('none', { ok: true, data: [] }),
      u('hidden', { ok: false, error: denied('iam:ListMFADevices') }),
    ] as never);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ hw: 'PASS', fido: 'PASS', app: 'FAIL', none: 'FAIL', hidden: 'ERROR' });
    expect(findings.find((f) => f.resource.id === 'app')!.statusExtended).toMatch(/only virtual/);
  });
  it('a user known from the credential report to have no device FAILs, saying when the report was made', () => {
    const fx = new FixtureInventory().set(userMfaDevices, [{ ...u('old', { ok: true, data: [] }), reportedAt: '2026-12-03T06:00:00.000Z' }] as never);
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toBe('User old has no MFA device at all (credential report of 2026-12-03T06:00:00.000Z).');
  });
  it('ERROR when the user list was denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(userMfaDevices, { error: denied('iam:ListUsers') }));
    expect(f.status).toBe('ERROR');
  });
});
