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
  },
  uses: [detectors],
  run(ctx) {
    runFeatureCheck(ctx, "Runtime Monitoring for EKS", ["EKS_RUNTIME_MONITORING", "RUNTIME_MONITORING"]);
  },
});
