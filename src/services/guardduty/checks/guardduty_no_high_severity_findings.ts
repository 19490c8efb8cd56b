import { defineCheck } from '../../../core/check.js';
import { detectors } from '../collectors.js';
import { runDetectorFieldCheck } from '../detector-checks.js';

export default defineCheck({
  id: 'guardduty_no_high_severity_findings',
  title: 'GuardDuty has no active high-severity findings',
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AwsGuardDutyDetector',
  categories: [],
  description: 'For every enabled GuardDuty detector, counts the active (not archived) findings of severity 7 or higher and fails when there is any.',
  risk: 'A high-severity GuardDuty finding usually means a resource is compromised or being attacked right now; leaving it open lets the attacker keep going.',
  remediation: {
    text: 'Investigate each high-severity finding, contain the affected resource, rotate exposed credentials, then archive the finding. Route findings to an alerting channel through EventBridge.',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings.html',
  },
  uses: [detectors],
  run(ctx) {
    runDetectorFieldCheck(ctx, (d) => d.highSeverityFindings, (n, d) =>
      n === 0
        ? [true, `GuardDuty detector ${d.id} has no active high-severity findings.`]
        : [false, `GuardDuty detector ${d.id} has ${n >= 50 ? '50 or more' : n} active high-severity finding(s).`],
    );
  },
});
