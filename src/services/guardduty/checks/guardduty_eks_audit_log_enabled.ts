import { defineCheck } from '../../../core/check.js';
import { detectors } from '../collectors.js';
import { runFeatureCheck } from '../detector-checks.js';

export default defineCheck({
  id: 'guardduty_eks_audit_log_enabled',
  title: "GuardDuty EKS Audit Log Monitoring is enabled",
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AwsGuardDutyDetector',
  categories: ["cluster-security"],
  description: "For every enabled GuardDuty detector, checks that the EKS Audit Log Monitoring protection plan, which analyses Kubernetes audit logs of EKS clusters for suspicious API activity, is enabled (GetDetector features).",
  risk: "Without it, attacks against the Kubernetes control plane (anonymous access, privilege escalation through RBAC, exposed dashboards) go undetected.",
  remediation: {
    text: "Enable EKS Audit Log Monitoring on the detector (and in the organization configuration so new member accounts get it too).",
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/kubernetes-protection.html',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=EKS_AUDIT_LOGS,Status=ENABLED',
    terraform:
      'resource "aws_guardduty_detector_feature" "eks_audit_logs" {\n  detector_id = "<detector-id>"\n  name        = "EKS_AUDIT_LOGS"\n  status      = "ENABLED"\n}',
    nativeIaC:
      'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: EKS_AUDIT_LOGS\n          Status: ENABLED',
  },
  uses: [detectors],
  run(ctx) {
    runFeatureCheck(ctx, "EKS Audit Log Monitoring", ["EKS_AUDIT_LOGS"]);
  },
});
