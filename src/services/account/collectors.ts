/**
 * Account contact collectors: the primary contact information and the security alternate contact.
 * "Not set" answers (ResourceNotFoundException) are data (null), not errors.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface ContactInformation {
  fullName?: string;
  companyName?: string;
  phoneNumber?: string;
  addressLine1?: string;
  city?: string;
  stateOrRegion?: string;
  postalCode?: string;
  countryCode?: string;
}

export interface AlternateContact {
  name?: string;
  title?: string;
  emailAddress?: string;
  phoneNumber?: string;
}

const NOT_SET = new Set(['ResourceNotFoundException']);

async function orNull<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    if (NOT_SET.has(awsErrorCode(err))) return null;
    throw err;
  }
}

/** Drop empty fields so checks can test presence with a plain truthiness check. */
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as T;

/** The account's primary contact (name, address, phone), or null when none is registered. */
export const contactInformation = defineFact<ContactInformation | null>({
  id: 'account.contactInformation',
  service: 'account',
  scope: 'global',
  operation: 'account:GetContactInformation',
  async collect(ctx) {
    const { GetContactInformationCommand } = await import('@aws-sdk/client-account');
    const account = await ctx.client('account');
    return orNull(async () => {
      const c = (await account.send(new GetContactInformationCommand({}))).ContactInformation;
      if (!c) return null;
      return compact({
        fullName: c.FullName,
        companyName: c.CompanyName,
        phoneNumber: c.PhoneNumber,
        addressLine1: c.AddressLine1,
        city: c.City,
        stateOrRegion: c.StateOrRegion,
        postalCode: c.PostalCode,
        countryCode: c.CountryCode,
      });
    });
  },
});

/** The SECURITY alternate contact, or null when none is registered. */
export const securityContact = defineFact<AlternateContact | null>({
  id: 'account.securityContact',
  service: 'account',
  scope: 'global',
  operation: 'account:GetAlternateContact',
  async collect(ctx) {
    const { GetAlternateContactCommand } = await import('@aws-sdk/client-account');
    const account = await ctx.client('account');
    return orNull(async () => {
      const c = (await account.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' }))).AlternateContact;
      if (!c) return null;
      return compact({ name: c.Name, title: c.Title, emailAddress: c.EmailAddress, phoneNumber: c.PhoneNumber });
    });
  },
});

/** The billing, operations and security alternate contacts (each null when not registered). */
export const alternateContacts = defineFact<{ billing: AlternateContact | null; operations: AlternateContact | null; security: AlternateContact | null }>({
  id: 'account.alternateContacts',
  service: 'account',
  scope: 'global',
  operation: 'account:GetAlternateContact',
  async collect(ctx) {
    const { GetAlternateContactCommand } = await import('@aws-sdk/client-account');
    const account = await ctx.client('account');
    const get = (type: 'BILLING' | 'OPERATIONS' | 'SECURITY') =>
      orNull(async () => {
        const c = (await account.send(new GetAlternateContactCommand({ AlternateContactType: type }))).AlternateContact;
        return c ? compact({ name: c.Name, title: c.Title, emailAddress: c.EmailAddress, phoneNumber: c.PhoneNumber }) : null;
      });
    const [billing, operations, security] = await Promise.all([get('BILLING'), get('OPERATIONS'), get('SECURITY')]);
    return { billing, operations, security };
  },
});
