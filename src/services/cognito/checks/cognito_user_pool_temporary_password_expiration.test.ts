import { describe, expect, it } from 'vitest';
import check from './cognito_user_pool_temporary_password_expiration.js';
import { userPools } from '../collectors.js';
import { pools } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('cognito_user_pool_temporary_password_expiration', () => {
  it('PASS for the strong pool, FAIL for the weak one, ERROR where the pool could not be described', () => {
    const findings = runCheck(check, new FixtureInventory().set(userPools, pools()));
    expect(statusById(findings)).toEqual({ strong: 'PASS', weak: 'FAIL', hidden: 'ERROR' });
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/valid for 30 days \(more than 7\)/);
  });
  it('ERROR when the pools could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(userPools, { error: denied('cognito-idp:ListUserPools') }));
    expect(f.status).toBe('ERROR');
  });
});
