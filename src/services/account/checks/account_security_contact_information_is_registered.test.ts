import { describe, expect, it } from 'vitest';
import check from './account_security_contact_information_is_registered.js';
import { securityContact } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('account_security_contact_information_is_registered', () => {
  it('PASS when a security contact with email and phone is registered, without echoing the address', () => {
    const fx = new FixtureInventory().set(securityContact, { name: 'SecOps', emailAddress: 'sec@example.com', phoneNumber: '+1 555 0199' });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('PASS');
    expect(f.resource.id).toBe('123456789012');
    expect(f.statusExtended).not.toContain('sec@example.com');
  });

  it('FAIL when there is no security contact, or it lacks a phone number', () => {
    const [none] = runCheck(check, new FixtureInventory().set(securityContact, null));
    expect(none.status).toBe('FAIL');
    expect(none.statusExtended).toContain('no security alternate contact');
    const [partial] = runCheck(check, new FixtureInventory().set(securityContact, { name: 'SecOps', emailAddress: 'sec@example.com' }));
    expect(partial.status).toBe('FAIL');
    expect(partial.statusExtended).toContain('no phone number');
  });

  it('ERROR when the contact could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(securityContact, { error: denied('account:GetAlternateContact') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('account:GetAlternateContact');
  });
});
