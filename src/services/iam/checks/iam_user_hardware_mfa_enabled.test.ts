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
  it('ERROR when the user list was denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(userMfaDevices, { error: denied('iam:ListUsers') }));
    expect(f.status).toBe('ERROR');
  });
});
