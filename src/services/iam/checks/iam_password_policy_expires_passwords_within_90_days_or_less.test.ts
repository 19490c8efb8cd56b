import { describe, expect, it } from 'vitest';
import check from './iam_password_policy_expires_passwords_within_90_days_or_less.js';
import { passwordPolicy } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const withMaxAge = (maxPasswordAge?: number) =>
  new FixtureInventory().set(passwordPolicy, { exists: true, maxPasswordAge, expirePasswords: maxPasswordAge !== undefined });

describe('iam_password_policy_expires_passwords_within_90_days_or_less', () => {
  it('PASS when passwords expire within 90 days (90 included)', () => {
    expect(runCheck(check, withMaxAge(30))[0].status).toBe('PASS');
    const [f] = runCheck(check, withMaxAge(90));
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('90 days');
  });
  it('FAIL when passwords expire later, never expire, or there is no policy', () => {
    const [late] = runCheck(check, withMaxAge(91));
    expect(late.status).toBe('FAIL');
    expect(late.statusExtended).toContain('91 days');
    const [never] = runCheck(check, withMaxAge(undefined));
    expect(never.status).toBe('FAIL');
    expect(never.statusExtended).toContain('does not make passwords expire');
    expect(runCheck(check, new FixtureInventory().set(passwordPolicy, { exists: false }))[0].status).toBe('FAIL');
  });
  it('honours a configured maximum age', () => {
    expect(runCheck(check, withMaxAge(60), { config: { [check.id]: { max_password_age_days: 45 } } })[0].status).toBe('FAIL');
  });
  it('ERROR naming the call when the policy could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(passwordPolicy, { error: denied('iam:GetAccountPasswordPolicy') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:GetAccountPasswordPolicy');
  });
});
