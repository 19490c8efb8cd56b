import { defineCheck } from '../../../core/check.js';
import { detectors } from '../collectors.js';
import { runFeatureCheck } from '../detector-checks.js';

export default defineCheck({
  id: 'guardduty_s3_protection_enabled',
  title: "GuardDuty S3 Protection is enabled",
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AwsGuardDutyDetector',
  categories: [],
  description: "For every enabled GuardDuty detector, checks that the S3 Protection protection plan, which analyses S3 data-plane events (object reads, writes and deletes) for suspicious access, is enabled (GetDetector features).",
  risk: "Without it, data exfiltration or destruction in S3 from unusual locations or with stolen credentials raises no finding.",
  remediation: {
    text: "Enable S3 Protection on the detector (and in the organization configuration so new member accounts get it too).",
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=S3_DATA_EVENTS,Status=ENABLED',
    terraform:
      'resource "aws_guardduty_detector_feature" "s3" {\n  detector_id = "<detector-id>"\n  name        = "S3_DATA_EVENTS"\n  status      = "ENABLED"\n}',
    nativeIaC:
      'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: S3_DATA_EVENTS\n          Status: ENABLED',
  },
  uses: [detectors],
  run(ctx) {
    runFeatureCheck(ctx, "S3 Protection", ["S3_DATA_EVENTS"]);
  },
});
