import { defineCheck } from '../../../core/check.js';
import { delegatedAdministrators } from '../collectors.js';

export default defineCheck({
  id: 'organizations_delegated_administrators',
  title: 'Only trusted accounts are delegated administrators of the organization',
  service: 'organizations',
  severity: 'critical',
  resourceType: 'Other',
  categories: ['identity-access'],
  description:
    'Lists the member accounts registered as delegated administrators for AWS services in the organization and flags every one that is not in the configured list of trusted accounts (organizations_trusted_delegated_administrators).',
  risk:
    'A delegated administrator can manage an AWS service for the whole organization (for example disable GuardDuty or Security Hub, or change policies), so an unexpected or compromised delegated account has organization-wide reach.',
  remediation: {
    text: 'Review each delegated administrator; deregister accounts that should not hold the role, and add the approved account ids to organizations_trusted_delegated_administrators in the prowl configuration.',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_integrate_delegated_admin.html',
    cli: 'aws organizations deregister-delegated-administrator --account-id <account-id> --service-principal <service>.amazonaws.com',
    terraform:
      '# declare only the approved delegated administrators; remove any other registration\nresource "aws_organizations_delegated_administrator" "security_hub" {\n  account_id        = "<approved-account-id>"\n  service_principal = "securityhub.amazonaws.com"\n}',
  },
  uses: [delegatedAdministrators],
  params: { organizations_trusted_delegated_administrators: [] as string[] },
  run(ctx) {
    const account = ctx.accountResource();
    const res = ctx.global(delegatedAdministrators);
    if (!res.ok) return ctx.error(account, res.error);
    const d = res.data;
    if (!d.inOrganization) {
      return ctx.pass(account, `Account ${ctx.account.accountId} is not a member of an AWS Organization, so no delegated administrators exist.`);
    }
    if (d.admins === null) {
      return ctx.manual(
        account,
        `Account ${ctx.account.accountId} is a member of organization ${d.organizationId ?? ''} and cannot list its delegated administrators; scan the management account ${d.managementAccountId ?? ''} to check them.`.replace(/ {2,}/g, ' '),
      );
    }
    if (d.admins.length === 0) {
      return ctx.pass(account, `Organization ${d.organizationId ?? ''} has no delegated administrators.`.replace(/ {2,}/g, ' '));
    }
    const trusted = new Set(([] as string[]).concat(ctx.params.organizations_trusted_delegated_administrators ?? []).map((s) => String(s).trim()));
    for (const a of d.admins) {
      const label = a.name ? `${a.id} (${a.name})` : a.id;
      const resource = { arn: a.arn, id: a.id, ...(a.name ? { name: a.name } : {}), region: ctx.homeRegion };
      if (trusted.has(a.id)) ctx.pass(resource, `Delegated administrator account ${label} is in the trusted list.`);
      else ctx.fail(resource, `Account ${label} is a delegated administrator but is not in the trusted list (organizations_trusted_delegated_administrators).`);
    }
  },
});
