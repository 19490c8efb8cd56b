import { defineCheck } from '../../../core/check.js';
import { securityContact } from '../collectors.js';

export default defineCheck({
  id: 'account_security_contact_information_is_registered',
  title: 'A security alternate contact is registered for the account',
  service: 'account',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description:
    'Checks that the account has a SECURITY alternate contact with an email address and phone number, so AWS security notifications reach the security team directly.',
  risk:
    'Without a security contact, AWS Trust & Safety notices about compromised resources or abuse go only to the root email address, which is often an unmonitored or personal mailbox, delaying incident response.',
  remediation: {
    text: 'Register a security alternate contact that points to a monitored team mailbox and phone number (for all accounts of an organization, set it from the management account).',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name <name> --title <title> --email-address <email> --phone-number <phone>',
    terraform:
      'resource "aws_account_alternate_contact" "security" {\n  alternate_contact_type = "SECURITY"\n  name                   = "<security team>"\n  title                  = "Security"\n  email_address          = "<security@example.com>"\n  phone_number           = "<+15555550101>"\n}',
  },
  uses: [securityContact],
  run(ctx) {
    const account = ctx.accountResource();
    const contact = ctx.global(securityContact);
    if (!contact.ok) return ctx.error(account, contact.error);
    const c = contact.data;
    if (!c) return ctx.fail(account, 'The account has no security alternate contact registered.');
    const missing = [!c.emailAddress && 'email address', !c.phoneNumber && 'phone number'].filter(Boolean);
    if (missing.length) return ctx.fail(account, `The account's security alternate contact has no ${missing.join(' or ')}.`);
    ctx.pass(account, 'The account has a security alternate contact with an email address and phone number.');
  },
});
