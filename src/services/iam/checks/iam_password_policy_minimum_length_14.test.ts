import { describe, expect, it } from 'vitest';
import check from './iam_password_policy_minimum_length_14.js';
import { passwordPolicy } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('iam_password_policy_minimum_length_14', () => {
  it('PASS when the policy asks for 14 characters or more', () => {
    const [f] = runCheck(check, new FixtureInventory().set(passwordPolicy, { exists: true, minimumLength: 16 }));
    expect(f.status).toBe('PASS');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
  });
  it('FAIL when the policy is shorter, or missing', () => {
    expect(runCheck(check, new FixtureInventory().set(passwordPolicy, { exists: true, minimumLength: 8 }))[0].status).toBe('FAIL');
    expect(runCheck(check, new FixtureInventory().set(passwordPolicy, { exists: false }))[0].status).toBe('FAIL');
  });
  it('honours a configured minimum', () => {
    const fx = new FixtureInventory().set(passwordPolicy, { exists: true, minimumLength: 16 });
    expect(runCheck(check, fx, { config: { [check.id]: { min_password_length: 20 } } })[0].status).toBe('FAIL');
  });
  it('ERROR naming the call when the policy could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(passwordPolicy, { error: denied('iam:GetAccountPasswordPolicy') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetAccountPasswordPolicy');
  });
});
