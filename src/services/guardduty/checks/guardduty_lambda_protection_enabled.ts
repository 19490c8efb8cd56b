import { defineCheck } from '../../../core/check.js';
import { detectors } from '../collectors.js';
import { runFeatureCheck } from '../detector-checks.js';

export default defineCheck({
  id: 'guardduty_lambda_protection_enabled',
  title: "GuardDuty Lambda Protection is enabled",
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AwsGuardDutyDetector',
  categories: [],
  description: "For every enabled GuardDuty detector, checks that the Lambda Protection protection plan, which monitors the network activity of Lambda functions, is enabled (GetDetector features).",
  risk: "Without it, a compromised function talking to command-and-control servers or mining crypto-currency is not detected.",
  remediation: {
    text: "Enable Lambda Protection on the detector (and in the organization configuration so new member accounts get it too).",
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/lambda-protection.html',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=LAMBDA_NETWORK_LOGS,Status=ENABLED',
    terraform:
      'resource "aws_guardduty_detector_feature" "lambda" {\n  detector_id = "<detector-id>"\n  name        = "LAMBDA_NETWORK_LOGS"\n  status      = "ENABLED"\n}',
    nativeIaC:
      'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: LAMBDA_NETWORK_LOGS\n          Status: ENABLED',
  },
  uses: [detectors],
  run(ctx) {
    runFeatureCheck(ctx, "Lambda Protection", ["LAMBDA_NETWORK_LOGS"]);
  },
});
