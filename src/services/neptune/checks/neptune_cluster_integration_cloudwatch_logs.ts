import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'neptune_cluster_integration_cloudwatch_logs',
  title: "Neptune clusters export audit logs to CloudWatch Logs",
  service: 'neptune',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["logging", "forensics-ready"],
  description:
    "Passes each Neptune cluster that exports its audit log to CloudWatch Logs.",
  risk: "Without audit logs there is no record of who queried or changed the graph.",
  remediation: {
    text: "Enable the neptune_enable_audit_log parameter and export the audit log to CloudWatch Logs.",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/cloudwatch-logs.html",
    cli: "aws neptune modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration '{\"EnableLogTypes\":[\"audit\"]}' --apply-immediately",
    terraform:
      'resource "aws_neptune_cluster_parameter_group" "audit" {\n  name   = "audit-log"\n  family = "neptune1.3"\n  parameter {\n    name  = "neptune_enable_audit_log"\n    value = "1"\n  }\n}\n\nresource "aws_neptune_cluster" "this" {\n  cluster_identifier                   = "<cluster-id>"\n  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.audit.name\n  enable_cloudwatch_logs_exports       = ["audit"]\n}',
    nativeIaC:
      'Resources:\n  Parameters:\n    Type: AWS::Neptune::DBClusterParameterGroup\n    Properties:\n      Description: audit log\n      Family: neptune1.3\n      Parameters:\n        neptune_enable_audit_log: \'1\'\n  Cluster:\n    Type: AWS::Neptune::DBCluster\n    Properties:\n      DBClusterParameterGroupName: !Ref Parameters\n      EnableCloudwatchLogsExports:\n        - audit',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Neptune clusters", (x, resource) => {
      const L = `Neptune cluster ${x.id}`;
      if (x.cloudwatchLogs.includes("audit")) ctx.pass(resource, `${L} exports its audit log to CloudWatch Logs.`);
      else ctx.fail(resource, `${L} does not export its audit log to CloudWatch Logs.`);
    });
  },
});
