/**
 * The PASS/FAIL/ERROR cases shared by the "password policy requires <character class>" checks: each
 * check's test names its policy field and the words its messages use.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import { passwordPolicy, type PasswordPolicy } from './collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../test/helpers/check.js';

type Flag = 'requireUppercase' | 'requireLowercase' | 'requireSymbols' | 'requireNumbers';

export function describeRequirementCheck(check: Check<any>, flag: Flag, words: string): void {
  const policy = (p: PasswordPolicy) => new FixtureInventory().set(passwordPolicy, p);
  describe(check.id, () => {
    it(`PASS when the policy requires ${words}`, () => {
      const [f] = runCheck(check, policy({ exists: true, [flag]: true }));
      expect(f.status).toBe('PASS');
      expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
      expect(f.statusExtended).toContain(words);
    });
    it('FAIL when the policy does not require it, or there is no policy', () => {
      const [off] = runCheck(check, policy({ exists: true, minimumLength: 20, [flag]: false }));
      expect(off.status).toBe('FAIL');
      expect(off.statusExtended).toContain('does not require');
      const [none] = runCheck(check, policy({ exists: false }));
      expect(none.status).toBe('FAIL');
      expect(none.statusExtended).toContain('no IAM password policy');
    });
    it('ERROR naming the call when the policy could not be read', () => {
      const [f] = runCheck(check, new FixtureInventory().set(passwordPolicy, { error: denied('iam:GetAccountPasswordPolicy') }));
      expect(f.status).toBe('ERROR');
      expect(f.statusExtended).toContain('iam:GetAccountPasswordPolicy');
    });
  });
}
