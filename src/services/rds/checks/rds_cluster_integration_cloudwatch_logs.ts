import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_integration_cloudwatch_logs',
  title: "RDS DB clusters export their logs to CloudWatch Logs",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["logging"],
  description:
    "Passes each DB cluster that exports at least one log type to CloudWatch Logs.",
  risk: "Logs that are not exported cannot be alerted on or kept for investigations.",
  remediation: {
    text: "Enable log exports (audit, error, postgresql, ...) on the cluster.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
    cli: "aws rds modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration '{\"EnableLogTypes\":[\"audit\",\"error\"]}' --apply-immediately",
    terraform:
      'resource "aws_rds_cluster" "this" {\n  cluster_identifier              = "<cluster-id>"\n  engine                          = "aurora-mysql"\n  enabled_cloudwatch_logs_exports = ["audit", "error", "general", "slowquery"]\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n      EnableCloudwatchLogsExports:\n        - postgresql',
  },
  uses: [clusters],
  run(ctx) {
    eachCluster(ctx, (x, resource) => {
      const L = `RDS cluster ${x.id} (${x.engine})`;
      if ((x.cloudwatchLogs ?? []).length > 0) ctx.pass(resource, `${L} exports ${(x.cloudwatchLogs ?? []).join(", ")} logs to CloudWatch Logs.`);
      else ctx.fail(resource, `${L} does not export any log to CloudWatch Logs.`);
    });
  },
});
