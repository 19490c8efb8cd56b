import { defineCheck } from '../../../core/check.js';
import { detectors } from '../collectors.js';
import { detectorResource, enabledDetectors } from '../detector-checks.js';
import { describeCallError } from '../../../aws/errors.js';

export default defineCheck({
  id: 'guardduty_centrally_managed',
  title: 'GuardDuty detectors are managed centrally',
  service: 'guardduty',
  severity: 'medium',
  resourceType: 'AwsGuardDutyDetector',
  categories: [],
  description:
    'For every enabled GuardDuty detector, checks that it is either a member managed by an administrator account (GetAdministratorAccount) or itself the administrator of member accounts (ListMembers).',
  risk: 'Detectors managed one account at a time drift apart: protection plans differ, findings are scattered and nobody sees an attack that spans accounts.',
  remediation: {
    text: 'Designate a GuardDuty delegated administrator for the Organization and add every account as a member, or invite the account to an existing administrator.',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_accounts.html',
    cli: 'aws guardduty enable-organization-admin-account --admin-account-id <security-account-id>',
    terraform:
      'resource "aws_guardduty_organization_admin_account" "this" {\n  admin_account_id = "<security-account-id>"\n}\n\nresource "aws_guardduty_organization_configuration" "this" {\n  detector_id                      = "<administrator-detector-id>"\n  auto_enable_organization_members = "ALL"\n}',
    nativeIaC:
      'Resources:\n  Member:\n    Type: AWS::GuardDuty::Member\n    Properties:\n      DetectorId: <administrator-detector-id>\n      MemberId: <member-account-id>\n      Email: <member-root-email>\n      Status: Invited',
  },
  uses: [detectors],
  run(ctx) {
    for (const { region, detector: d } of enabledDetectors(ctx)) {
      const resource = detectorResource(d, region);
      if (d.administrator.ok && d.administrator.data) {
        ctx.pass(resource, `GuardDuty detector ${d.id} is managed by administrator account ${d.administrator.data.accountId}.`);
      } else if (d.members.ok && d.members.data.length) {
        ctx.pass(resource, `GuardDuty detector ${d.id} is the administrator of ${d.members.data.length} member account(s).`);
      } else if (!d.administrator.ok || !d.members.ok) {
        const err = !d.administrator.ok ? d.administrator.error : (d.members as { ok: false; error: import('../../../core/types.js').CallError }).error;
        ctx.error(resource, err, `Could not tell whether GuardDuty detector ${d.id} is centrally managed: ${describeCallError(err)}.`);
      } else ctx.fail(resource, `GuardDuty detector ${d.id} has no administrator account and no members: it is managed on its own.`);
    }
  },
});
