import { describe, expect, it } from 'vitest';
import check from './account_maintain_current_contact_details.js';
import { contactInformation } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const complete = { fullName: 'Cloud Team', phoneNumber: '+1 555 0100', addressLine1: '1 Main St', city: 'Springfield', postalCode: '12345', countryCode: 'US' };

describe('account_maintain_current_contact_details', () => {
  it('MANUAL (confirm they are current) when the details are complete', () => {
    const [f] = runCheck(check, new FixtureInventory().set(contactInformation, complete));
    expect(f.status).toBe('MANUAL');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(f.statusExtended).toContain('confirm');
    // Whether details are current cannot be read from an API, so a complete record is never a PASS.
    expect(f.status).not.toBe('PASS');
  });

  it('FAIL when no details are registered or some are missing', () => {
    expect(runCheck(check, new FixtureInventory().set(contactInformation, null))[0]).toMatchObject({ status: 'FAIL' });
    const { phoneNumber: _p, city: _c, ...partial } = complete;
    const [f] = runCheck(check, new FixtureInventory().set(contactInformation, partial));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('missing: phone number, city');
  });

  it('ERROR when the contact information could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(contactInformation, { error: denied('account:GetContactInformation') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('account:GetContactInformation');
  });
});
