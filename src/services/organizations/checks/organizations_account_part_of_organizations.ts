import { defineCheck } from '../../../core/check.js';
import { organization } from '../collectors.js';

export default defineCheck({
  id: 'organizations_account_part_of_organizations',
  title: 'The account belongs to an AWS Organization with all features enabled',
  service: 'organizations',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description: 'Checks with DescribeOrganization that the account is a member of an AWS Organization, and notes whether all features (SCPs, management policies) are enabled.',
  risk: 'A standalone account cannot be governed by service control policies, centralised logging or delegated security services, so its guardrails depend entirely on people inside it.',
  remediation: {
    text: 'Invite the account into your Organization (or create one) and enable all features so service control and management policies apply.',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html',
    cli: 'aws organizations create-organization --feature-set ALL',
  },
  uses: [organization],
  run(ctx) {
    const org = ctx.global(organization);
    const resource = ctx.accountResource();
    if (!org.ok) return ctx.error(resource, org.error);
    if (!org.data.inOrganization) return ctx.fail(resource, `Account ${ctx.account.accountId} is not part of an AWS Organization.`);
    if (org.data.featureSet && org.data.featureSet !== 'ALL') {
      return ctx.fail(resource, `Account ${ctx.account.accountId} is in Organization ${org.data.id}, which runs consolidated billing only (no service control policies).`);
    }
    ctx.pass(resource, `Account ${ctx.account.accountId} is part of Organization ${org.data.id ?? ''} with all features enabled.`.replace('  ', ' '));
  },
});
