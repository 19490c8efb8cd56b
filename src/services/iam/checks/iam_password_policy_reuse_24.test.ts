import { describe, expect, it } from 'vitest';
import check from './iam_password_policy_reuse_24.js';
import { passwordPolicy } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const withReuse = (reusePrevention?: number) => new FixtureInventory().set(passwordPolicy, { exists: true, reusePrevention });

describe('iam_password_policy_reuse_24', () => {
  it('PASS when the last 24 passwords are remembered', () => {
    const [f] = runCheck(check, withReuse(24));
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('24');
  });
  it('FAIL when fewer are remembered, reuse is not prevented, or there is no policy', () => {
    const [few] = runCheck(check, withReuse(5));
    expect(few.status).toBe('FAIL');
    expect(few.statusExtended).toContain('only the last 5');
    const [unset] = runCheck(check, withReuse(undefined));
    expect(unset.status).toBe('FAIL');
    expect(unset.statusExtended).toContain('does not prevent password reuse');
    expect(runCheck(check, new FixtureInventory().set(passwordPolicy, { exists: false }))[0].status).toBe('FAIL');
  });
  it('honours a configured minimum', () => {
    expect(runCheck(check, withReuse(12), { config: { [check.id]: { min_password_reuse_prevention: 10 } } })[0].status).toBe('PASS');
  });
  it('ERROR naming the call when the policy could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(passwordPolicy, { error: denied('iam:GetAccountPasswordPolicy') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetAccountPasswordPolicy');
  });
});
