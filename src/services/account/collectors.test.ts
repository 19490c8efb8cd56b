import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccountClient,
  DeleteAlternateContactCommand,
  GetAlternateContactCommand,
  GetContactInformationCommand,
  PutAlternateContactCommand,
} from '@aws-sdk/client-account';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { alternateContacts, contactInformation, securityContact } from './collectors.js';

const deniedError = () =>
  Object.assign(new Error('User is not authorized to perform account:GetAlternateContact'), {
    name: 'AccessDeniedException',
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
  });
const notFound = () =>
  Object.assign(new Error('No contact of the inputted alternate contact type found.'), {
    name: 'ResourceNotFoundException',
    $fault: 'client',
    $metadata: { httpStatusCode: 404 },
  });

describe('account collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the billing, operations and security alternate contacts', async () => {
    const account = new AccountClient(moto.config());
    await account.send(new PutAlternateContactCommand({ AlternateContactType: 'BILLING', Name: 'Bill', Title: 'Finance', EmailAddress: 'bill@example.com', PhoneNumber: '+1555' }));
    await account.send(new DeleteAlternateContactCommand({ AlternateContactType: 'OPERATIONS' })).catch(() => undefined);
    const inv = await collectFromMoto(moto, [alternateContacts]);
    const res = inv.get(alternateContacts);
    expect(res.ok && res.data.billing).toEqual({ name: 'Bill', title: 'Finance', emailAddress: 'bill@example.com', phoneNumber: '+1555' });
    expect(res.ok && res.data.operations).toBeNull();
  });

  it('reads the security alternate contact, and null when none is set', async () => {
    const before = await collectFromMoto(moto, [securityContact]);
    expect(before.get(securityContact)).toEqual({ ok: true, data: null });

    const account = new AccountClient(moto.config());
    await account.send(
      new PutAlternateContactCommand({
        AlternateContactType: 'BILLING',
        Name: 'Billing',
        Title: 'Finance',
        EmailAddress: 'billing@example.com',
        PhoneNumber: '+1 555 0100',
      }),
    );
    const billingOnly = await collectFromMoto(moto, [securityContact]);
    expect(billingOnly.get(securityContact)).toEqual({ ok: true, data: null });

    await account.send(
      new PutAlternateContactCommand({
        AlternateContactType: 'SECURITY',
        Name: 'SecOps',
        Title: 'Security team',
        EmailAddress: 'security@example.com',
        PhoneNumber: '+1 555 0199',
      }),
    );
    const after = await collectFromMoto(moto, [securityContact]);
    expect(after.get(securityContact)).toEqual({
      ok: true,
      data: { name: 'SecOps', title: 'Security team', emailAddress: 'security@example.com', phoneNumber: '+1 555 0199' },
    });
    await account.send(new DeleteAlternateContactCommand({ AlternateContactType: 'SECURITY' }));
  });
});

describe('account collectors (aws-sdk-client-mock)', () => {
  const offline = { endpoint: 'http://127.0.0.1:9' } as Moto;

  it('reads the primary contact information (aws-sdk-client-mock: moto lacks GetContactInformation)', async () => {
    const account = mockClient(AccountClient);
    try {
      account.on(GetContactInformationCommand).resolves({
        ContactInformation: {
          FullName: 'Example Corp Cloud Team',
          PhoneNumber: '+1 555 0100',
          AddressLine1: '1 Main St',
          City: 'Springfield',
          PostalCode: '12345',
          CountryCode: 'US',
          CompanyName: '',
        },
      });
      const inv = await collectFromMoto(offline, [contactInformation]);
      expect(inv.get(contactInformation)).toEqual({
        ok: true,
        data: { fullName: 'Example Corp Cloud Team', phoneNumber: '+1 555 0100', addressLine1: '1 Main St', city: 'Springfield', postalCode: '12345', countryCode: 'US' },
      });
    } finally {
      account.restore();
    }
  });

  it('turns "not found" into null (aws-sdk-client-mock: moto lacks GetContactInformation)', async () => {
    const account = mockClient(AccountClient);
    try {
      account.on(GetContactInformationCommand).rejects(notFound());
      const inv = await collectFromMoto(offline, [contactInformation]);
      expect(inv.get(contactInformation)).toEqual({ ok: true, data: null });
    } finally {
      account.restore();
    }
  });

  it('keeps AccessDenied as an error for both facts', async () => {
    const account = mockClient(AccountClient);
    try {
      account.on(GetContactInformationCommand).rejects(deniedError());
      account.on(GetAlternateContactCommand).rejects(deniedError());
      const inv = await collectFromMoto(offline, [contactInformation, securityContact]);
      expect(inv.get(contactInformation)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 'account:GetContactInformation' } });
      expect(inv.get(securityContact)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'account:GetAlternateContact' } });
    } finally {
      account.restore();
    }
  });
});
