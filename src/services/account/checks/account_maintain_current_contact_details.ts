import { defineCheck } from '../../../core/check.js';
import { contactInformation, type ContactInformation } from '../collectors.js';

const REQUIRED: Array<[keyof ContactInformation, string]> = [
  ['fullName', 'full name'],
  ['phoneNumber', 'phone number'],
  ['addressLine1', 'address'],
  ['city', 'city'],
  ['countryCode', 'country'],
];

export default defineCheck({
  id: 'account_maintain_current_contact_details',
  title: 'The account has complete, current primary contact details',
  service: 'account',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description:
    'Reads the primary contact information of the account and fails when the name, phone number or postal address is missing. Whether the details are still current cannot be read from an API, so a complete record is reported for manual confirmation.',
  risk:
    'AWS uses the account contact details to reach the owner about abuse reports, compromised credentials and billing problems; if they are stale, warnings go unanswered and AWS may restrict or suspend the account.',
  remediation: {
    text: 'In the Account page of the console (or with the AWS CLI), fill in the primary contact details and review them whenever the owning team, phone number or address changes.',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html',
    cli: 'aws account put-contact-information --contact-information FullName=<name>,PhoneNumber=<phone>,AddressLine1=<address>,City=<city>,PostalCode=<zip>,CountryCode=<cc>',
    terraform:
      'resource "aws_account_primary_contact" "this" {\n  full_name          = "<owning team>"\n  company_name       = "<company>"\n  address_line_1     = "<address>"\n  city               = "<city>"\n  postal_code        = "<postal-code>"\n  country_code       = "<ISO country code>"\n  phone_number       = "<+15555550100>"\n  website_url        = "<https://example.com>"\n}',
  },
  uses: [contactInformation],
  run(ctx) {
    const account = ctx.accountResource();
    const info = ctx.global(contactInformation);
    if (!info.ok) return ctx.error(account, info.error);
    if (!info.data) return ctx.fail(account, 'The account has no primary contact information registered.');
    const missing = REQUIRED.filter(([key]) => !info.data?.[key]).map(([, label]) => label);
    if (missing.length) return ctx.fail(account, `The account's primary contact information is missing: ${missing.join(', ')}.`);
    ctx.manual(
      account,
      'The account has primary contact details (name, phone and address); confirm on the Account page that they are current and reach the team that owns the account.',
    );
  },
});
