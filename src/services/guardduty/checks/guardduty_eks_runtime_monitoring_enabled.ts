import { defineCheck } from '../../../core/check.js';
import { detectors } from '../collectors.js';
import { runFeatureCheck } from '../detector-checks.js';

export default defineCheck({
  id: 'guardduty_eks_runtime_monitoring_enabled',
  title: "GuardDuty Runtime Monitoring covers EKS",
  service: 'guardduty',
  severity: 'medium',
  resourceType: 'AwsGuardDutyDetector',
  categories: [],
  description: "For every enabled GuardDuty detector, checks that the Runtime Monitoring for EKS protection plan, which watches process, file and network activity inside EKS nodes and containers through the GuardDuty security agent, is enabled (GetDetector features).",
  risk: "Without runtime monitoring, container escapes, crypto-miners and reverse shells inside pods are invisible to GuardDuty.",
  remediation: {
    text: "Enable Runtime Monitoring for EKS on the detector (and in the organization configuration so new member accounts get it too).",
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=RUNTIME_MONITORING,Status=ENABLED',
    terraform:
      'resource "aws_guardduty_detector_feature" "eks_runtime" {\n  detector_id = "<detector-id>"\n  name        = "EKS_RUNTIME_MONITORING"\n  status      = "ENABLED"\n  additional_configuration {\n    name   = "EKS_ADDON_MANAGEMENT"\n    status = "ENABLED"\n  }\n}',
    nativeIaC:
      'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: EKS_RUNTIME_MONITORING\n          Status: ENABLED\n          AdditionalConfiguration:\n            - Name: EKS_ADDON_MANAGEMENT\n              Status: ENABLED',
  },
  uses: [detectors],
  run(ctx) {
    runFeatureCheck(ctx, "Runtime Monitoring for EKS", ["EKS_RUNTIME_MONITORING", "RUNTIME_MONITORING"]);
  },
});
