import { describe, expect, it } from 'vitest';
import check from './cognito_user_pool_mfa_enabled.js';
import { userPoolMfa, userPools } from '../collectors.js';
import { poolArn, pools } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('cognito_user_pool_mfa_enabled', () => {
  it('PASS when MFA is required, FAIL when optional, ERROR when the MFA config was denied', () => {
    const fx = new FixtureInventory().set(userPools, pools()).set(userPoolMfa, {
      [poolArn('strong')]: { ok: true, data: { mfaConfiguration: 'ON', softwareToken: true, sms: false, email: false } },
      [poolArn('weak')]: { ok: true, data: { mfaConfiguration: 'OPTIONAL', softwareToken: true, sms: false, email: false } },
      [poolArn('hidden')]: { ok: false, error: denied('cognito-idp:GetUserPoolMfaConfig') },
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ strong: 'PASS', weak: 'FAIL', hidden: 'ERROR' });
    expect(findings[1].statusExtended).toBe('User pool weak MFA is optional.');
  });
});
