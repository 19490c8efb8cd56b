import { describe, expect, it } from 'vitest';
import check from './iam_password_policy_symbol.js';
import { passwordPolicy } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('iam_password_policy_symbol', () => {
  it('PASS when the policy requires a symbol', () => {
    const [f] = runCheck(check, new FixtureInventory().set(passwordPolicy, { exists: true, requireSymbols: true }));
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(f.statusExtended).toContain('symbol');
  });
  it('FAIL when the policy does not require it, or there is no policy', () => {
    const [off] = runCheck(check, new FixtureInventory().set(passwordPolicy, { exists: true, minimumLength: 20, requireSymbols: false }));
    expect(off.status).toBe('FAIL');
    expect(off.statusExtended).toContain('does not require');
    const [none] = runCheck(check, new FixtureInventory().set(passwordPolicy, { exists: false }));
    expect(none.status).toBe('FAIL');
    expect(none.statusExtended).toContain('no IAM password policy');
  });
  it('ERROR naming the call when the policy could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(passwordPolicy, { error: denied('iam:GetAccountPasswordPolicy') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetAccountPasswordPolicy');
  });
});
