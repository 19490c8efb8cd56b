import { describe, expect, it } from 'vitest';
import check from './account_maintain_different_contact_details_to_security_billing_and_operations.js';
import { alternateContacts, contactInformation } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const c = (name: string, email: string, phone = '+1 555 0100') => ({ name, emailAddress: email, phoneNumber: phone });
const primary = { fullName: 'Jane Owner', phoneNumber: '+1 555 0199' };
const run = (alt: unknown, p: unknown = primary) => runCheck(check, new FixtureInventory().set(alternateContacts, alt as never).set(contactInformation, p as never))[0];

describe('account_maintain_different_contact_details_to_security_billing_and_operations', () => {
  it('PASS with three distinct contacts; FAIL when missing, shared or repeating the primary; ERROR when denied', () => {
    const good = { billing: c('Finance', 'bill@x.com'), operations: c('Ops', 'ops@x.com'), security: c('Security', 'sec@x.com') };
    expect(run(good).status).toBe('PASS');
    expect(run({ ...good, security: null }).statusExtended).toBe('The security alternate contact is not registered.');
    expect(run({ ...good, operations: c('Ops', 'BILL@x.com') }).status).toBe('FAIL');
    expect(run({ ...good, security: c('Jane Owner', 'sec@x.com') }).statusExtended).toMatch(/security contact repeats the primary/);
    expect(run({ error: denied('account:GetAlternateContact') }).status).toBe('ERROR');
    expect(run(good, { error: denied('account:GetContactInformation') }).status).toBe('ERROR');
  });
});
