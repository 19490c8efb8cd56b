import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { listed } from '../../../lib/resource-policy.js';
import { detectors } from '../collectors.js';
import { detectorResource } from '../detector-checks.js';

export default defineCheck({
  id: 'guardduty_is_enabled',
  title: 'GuardDuty is enabled in every region',
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AwsGuardDutyDetector',
  categories: ['forensics-ready'],
  description: 'Checks that every scanned region has a GuardDuty detector and that it is enabled (not suspended).',
  risk: 'Without GuardDuty, compromised credentials, crypto-mining, reconnaissance and data exfiltration in the region raise no alert; attackers favour regions nobody watches.',
  remediation: {
    text: 'Enable GuardDuty in every region, ideally from a delegated administrator account with auto-enable for all Organization members.',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
    cli: 'aws guardduty create-detector --enable --region <region>',
    terraform:
      'resource "aws_guardduty_detector" "this" {\n  enable                       = true\n  finding_publishing_frequency = "FIFTEEN_MINUTES"\n}',
    nativeIaC:
      'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      FindingPublishingFrequency: FIFTEEN_MINUTES',
  },
  uses: [detectors],
  run(ctx) {
    for (const { region, result } of ctx.regional(detectors)) {
      const list = listed(ctx, region, result, 'GuardDuty detectors');
      if (result.ok && list.length === 0) {
        ctx.fail(ctx.accountResource(region), `GuardDuty is not enabled in ${region}: there is no detector.`);
        continue;
      }
      for (const d of list) {
        const resource = detectorResource(d, region);
        if (!d.detail.ok) ctx.error(resource, d.detail.error, `Could not read GuardDuty detector ${d.id}: ${describeCallError(d.detail.error)}.`);
        else if (d.detail.data.status === 'ENABLED') ctx.pass(resource, `GuardDuty detector ${d.id} is enabled in ${region}.`);
        else ctx.fail(resource, `GuardDuty detector ${d.id} in ${region} exists but is suspended.`);
      }
    }
  },
});
