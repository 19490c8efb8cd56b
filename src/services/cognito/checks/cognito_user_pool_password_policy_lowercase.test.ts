import { describe, expect, it } from 'vitest';
import check from './cognito_user_pool_password_policy_lowercase.js';
import { userPools } from '../collectors.js';
import { pools } from '../cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('cognito_user_pool_password_policy_lowercase', () => {
  it('PASS for the strong pool, FAIL for the weak one, ERROR where the pool could not be described', () => {
    const findings = runCheck(check, new FixtureInventory().set(userPools, pools()));
    expect(statusById(findings)).toEqual({ strong: 'PASS', weak: 'FAIL', hidden: 'ERROR' });
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/does not require a lowercase letter/);
  });
  it('ERROR when the pools could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(userPools, { error: denied('cognito-idp:ListUserPools') }));
    expect(f.status).toBe('ERROR');
  });
});
