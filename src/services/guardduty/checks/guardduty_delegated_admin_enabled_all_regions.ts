import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { listed } from '../../../lib/resource-policy.js';
import { detectors, organizationAdmins } from '../collectors.js';
import { detectorResource } from '../detector-checks.js';

export default defineCheck({
  id: 'guardduty_delegated_admin_enabled_all_regions',
  title: 'GuardDuty has a delegated administrator that auto-enables members in every region',
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AwsGuardDutyDetector',
  categories: ['forensics-ready'],
  description:
    'For every region, checks from the management account that a GuardDuty delegated administrator is registered (ListOrganizationAdminAccounts); from the administrator, that its detector is enabled and auto-enables Organization members (DescribeOrganizationConfiguration).',
  risk: 'Without a delegated administrator and auto-enable, new accounts join the Organization unmonitored and findings are spread across accounts nobody reviews.',
  remediation: {
    text: 'From the management account, designate the security account as GuardDuty delegated administrator in every region; in that account, set auto-enable to ALL for Organization members.',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_organizations.html',
    cli: 'aws guardduty update-organization-configuration --detector-id <detector-id> --auto-enable-organization-members ALL',
    terraform:
      '# apply in every region, from the management account\nresource "aws_guardduty_organization_admin_account" "this" {\n  admin_account_id = "<security-account-id>"\n}',
  },
  uses: [detectors, organizationAdmins],
  run(ctx) {
    const admins = new Map(ctx.regional(organizationAdmins).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(detectors)) {
      const list = listed(ctx, region, result, 'GuardDuty detectors');
      if (!result.ok) continue;
      const adm = admins.get(region);
      const registered = adm?.ok ? adm.data.filter((a) => (a.status ?? 'ENABLED').toUpperCase() === 'ENABLED') : null;
      const enabled = list.find((d) => d.detail.ok && d.detail.data.status === 'ENABLED');
      // This account is the delegated administrator: its organization configuration decides.
      if (enabled && enabled.organizationAutoEnable.ok && enabled.organizationAutoEnable.data !== null) {
        const mode = enabled.organizationAutoEnable.data;
        const resource = detectorResource(enabled, region);
        if (mode === 'ALL' || mode === 'NEW') ctx.pass(resource, `GuardDuty in ${region} is administered by this account and auto-enables ${mode === 'ALL' ? 'all' : 'new'} Organization members.`);
        else ctx.fail(resource, `GuardDuty in ${region} is administered by this account but does not auto-enable Organization members.`);
        continue;
      }
      const resource = enabled ? detectorResource(enabled, region) : ctx.accountResource(region);
      if (registered && registered.length) {
        const who = registered.map((a) => a.accountId).join(', ');
        if (enabled || registered.some((a) => a.accountId !== ctx.account.accountId)) ctx.pass(resource, `GuardDuty in ${region} has delegated administrator ${who}.`);
        else ctx.fail(resource, `GuardDuty in ${region} has delegated administrator ${who} but no enabled detector.`);
      } else if (registered) ctx.fail(resource, `GuardDuty in ${region} has no delegated administrator.`);
      else if (adm && !adm.ok) ctx.error(resource, adm.error, `Could not list the GuardDuty delegated administrators in ${region}: ${describeCallError(adm.error)}.`);
    }
  },
});
