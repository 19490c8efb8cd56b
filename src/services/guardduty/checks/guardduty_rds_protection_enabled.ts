import { defineCheck } from '../../../core/check.js';
import { detectors } from '../collectors.js';
import { runFeatureCheck } from '../detector-checks.js';

export default defineCheck({
  id: 'guardduty_rds_protection_enabled',
  title: "GuardDuty RDS Protection is enabled",
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AwsGuardDutyDetector',
  categories: [],
  description: "For every enabled GuardDuty detector, checks that the RDS Protection protection plan, which profiles login activity on Aurora and RDS databases to spot anomalous access, is enabled (GetDetector features).",
  risk: "Without it, brute force and logins with stolen database credentials are not flagged.",
  remediation: {
    text: "Enable RDS Protection on the detector (and in the organization configuration so new member accounts get it too).",
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/rds-protection.html',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=RDS_LOGIN_EVENTS,Status=ENABLED',
    terraform:
      'resource "aws_guardduty_detector_feature" "rds" {\n  detector_id = "<detector-id>"\n  name        = "RDS_LOGIN_EVENTS"\n  status      = "ENABLED"\n}',
    nativeIaC:
      'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: RDS_LOGIN_EVENTS\n          Status: ENABLED',
  },
  uses: [detectors],
  run(ctx) {
    runFeatureCheck(ctx, "RDS Protection", ["RDS_LOGIN_EVENTS"]);
  },
});
