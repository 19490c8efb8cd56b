import { defineCheck } from '../../../core/check.js';
import { describeCallError, notAvailableHere } from '../../../aws/errors.js';
import { hub, organizationAdministration } from '../collectors.js';

export default defineCheck({
  id: 'securityhub_delegated_admin_enabled_all_regions',
  title: 'Security Hub has an enabled delegated administrator for the Organization in every region',
  service: 'securityhub',
  severity: 'high',
  resourceType: 'AwsSecurityHubHub',
  categories: ['forensics-ready'],
  description:
    'For each scanned region, an Organization administrator account for Security Hub must be designated and enabled (ListOrganizationAdminAccounts, readable from the management account). Scanned from the administrator account itself, DescribeOrganizationConfiguration answering proves the designation. Where no administrator can be seen, a region without Security Hub enabled (DescribeHub) fails, and a plain member account gets MANUAL: the answer lives in the management account.',
  risk:
    'In a region without a delegated administrator, member accounts are not enrolled automatically and their findings are not aggregated: the security team has no organization-wide view there, which is exactly where an attacker creating resources in an unused region would hide.',
  remediation: {
    text: 'From the management account, designate the same security account as Security Hub administrator in every region (or use central configuration from the home region), and enable auto-enrollment of new accounts.',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/designate-orgs-admin-account.html',
    cli: 'aws securityhub enable-organization-admin-account --admin-account-id <security-account-id> --region <region>',
    terraform: 'resource "aws_securityhub_organization_admin_account" "this" {\n  admin_account_id = var.security_account_id\n}',
  },
  uses: [hub, organizationAdministration],
  run(ctx) {
    const admin = new Map(ctx.regional(organizationAdministration).map(({ region, result }) => [region, result]));
    for (const { region, result: hubResult } of ctx.regional(hub)) {
      const account = ctx.accountResource(region);
      const org = admin.get(region)!;
      // The management account's list settles it, whether or not the management account itself runs Security Hub there.
      if (org.ok && org.data.admins) {
        const { admins } = org.data;
        const enabled = admins.filter((a) => a.status?.toUpperCase() === 'ENABLED').map((a) => a.accountId);
        if (enabled.length) ctx.pass(account, `Security Hub in ${region} has delegated administrator ${enabled.join(', ')} enabled.`);
        else if (admins.length) ctx.fail(account, `Security Hub in ${region} has a delegated administrator (${admins.map((a) => `${a.accountId} ${a.status ?? 'unknown'}`).join(', ')}) that is not enabled.`);
        else ctx.fail(account, `Security Hub in ${region} has no delegated administrator for the Organization.`);
        continue;
      }
      if (org.ok && org.data.thisAccountAdministers) {
        ctx.pass(account, `This account is the Security Hub delegated administrator in ${region}.`);
        continue;
      }
      if (!hubResult.ok) {
        if (!notAvailableHere(hubResult.error)) ctx.error(account, hubResult.error, `Could not read the Security Hub hub in ${region}: ${describeCallError(hubResult.error)}.`);
        continue;
      }
      if (!hubResult.data.enabled) {
        ctx.fail(account, `AWS Security Hub is not enabled in ${region}, so no delegated administrator oversees it.`);
        continue;
      }
      if (!org.ok) {
        ctx.error(account, org.error, `Could not read the Security Hub Organization administrators in ${region}: ${describeCallError(org.error)}.`);
        continue;
      }
      ctx.manual(account, `This account is neither the management account nor the Security Hub administrator in ${region}: verify the delegated administrator from the management account.`);
    }
  },
});
