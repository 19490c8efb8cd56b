import { defineCheck } from '../../../core/check.js';
import { alternateContacts, contactInformation } from '../collectors.js';

export default defineCheck({
  id: 'account_maintain_different_contact_details_to_security_billing_and_operations',
  title: 'Security, billing and operations contacts are registered and distinct from the primary contact',
  service: 'account',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'Checks that the billing, operations and security alternate contacts are all registered, and that each has an e-mail address different from the others and a name or phone different from the primary contact, so AWS reaches the right team.',
  risk: 'When AWS reports abuse, a compromised key or a billing anomaly, a missing or catch-all contact delays the response, sometimes until the damage is done.',
  remediation: {
    text: 'Register a distinct, monitored team mailbox and phone for each of the billing, operations and security alternate contacts.',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name <team> --title <title> --email-address <mailbox> --phone-number <phone>',
    terraform:
      'resource "aws_account_alternate_contact" "security" {\n  alternate_contact_type = "SECURITY"\n  name                   = "<security team>"\n  title                  = "Security"\n  email_address          = "<security@example.com>"\n  phone_number           = "<+15555550101>"\n}\n\nresource "aws_account_alternate_contact" "billing" {\n  alternate_contact_type = "BILLING"\n  name                   = "<finance team>"\n  title                  = "Billing"\n  email_address          = "<billing@example.com>"\n  phone_number           = "<+15555550102>"\n}\n\nresource "aws_account_alternate_contact" "operations" {\n  alternate_contact_type = "OPERATIONS"\n  name                   = "<operations team>"\n  title                  = "Operations"\n  email_address          = "<ops@example.com>"\n  phone_number           = "<+15555550103>"\n}',
  },
  uses: [contactInformation, alternateContacts],
  run(ctx) {
    const resource = ctx.accountResource();
    const alt = ctx.global(alternateContacts);
    if (!alt.ok) return ctx.error(resource, alt.error);
    const primary = ctx.global(contactInformation);
    if (!primary.ok) return ctx.error(resource, primary.error);
    const entries = [
      ['billing', alt.data.billing],
      ['operations', alt.data.operations],
      ['security', alt.data.security],
    ] as const;
    const missing = entries.filter(([, c]) => !c?.emailAddress).map(([k]) => k);
    if (missing.length) return ctx.fail(resource, `The ${missing.join(', ')} alternate contact${missing.length > 1 ? 's are' : ' is'} not registered.`);
    const emails = entries.map(([, c]) => c!.emailAddress!.trim().toLowerCase());
    if (new Set(emails).size < emails.length) return ctx.fail(resource, 'The billing, operations and security contacts share an e-mail address.');
    const p = primary.data;
    const sameAsPrimary = entries
      .filter(([, c]) => p && ((p.fullName && c!.name && p.fullName.trim() === c!.name.trim()) || (p.phoneNumber && c!.phoneNumber && p.phoneNumber.replace(/\D/g, '') === c!.phoneNumber.replace(/\D/g, ''))))
      .map(([k]) => k);
    if (sameAsPrimary.length) return ctx.fail(resource, `The ${sameAsPrimary.join(', ')} contact repeats the primary contact's name or phone.`);
    ctx.pass(resource, 'The billing, operations and security contacts are registered, distinct from each other and from the primary contact.');
  },
});
