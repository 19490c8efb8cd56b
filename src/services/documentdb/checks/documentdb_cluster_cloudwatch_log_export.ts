import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'documentdb_cluster_cloudwatch_log_export',
  title: "DocumentDB clusters export audit and profiler logs to CloudWatch Logs",
  service: 'documentdb',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["logging"],
  description:
    "Passes each DocumentDB cluster that exports both its audit and profiler logs to CloudWatch Logs; exporting only one of them fails, naming the missing one.",
  risk: "Without audit logs there is no record of authentication and data-definition events; without profiler logs slow or abusive operations go unseen.",
  remediation: {
    text: "Enable the audit_logs and profiler cluster parameters and export both log types.",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html",
    cli: "aws docdb modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration '{\"EnableLogTypes\":[\"audit\",\"profiler\"]}' --apply-immediately",
    terraform:
      'resource "aws_docdb_cluster_parameter_group" "logs" {\n  name   = "audit-and-profiler"\n  family = "docdb5.0"\n  parameter {\n    name  = "audit_logs"\n    value = "enabled"\n  }\n  parameter {\n    name  = "profiler"\n    value = "enabled"\n  }\n}\n\nresource "aws_docdb_cluster" "this" {\n  cluster_identifier              = "<cluster-id>"\n  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.logs.name\n  enabled_cloudwatch_logs_exports = ["audit", "profiler"]\n}',
    nativeIaC:
      'Resources:\n  Parameters:\n    Type: AWS::DocDB::DBClusterParameterGroup\n    Properties:\n      Description: audit and profiler logs\n      Family: docdb5.0\n      Parameters:\n        audit_logs: enabled\n        profiler: enabled\n  Cluster:\n    Type: AWS::DocDB::DBCluster\n    Properties:\n      DBClusterParameterGroupName: !Ref Parameters\n      EnableCloudwatchLogsExports:\n        - audit\n        - profiler',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "DocumentDB clusters", (x, resource) => {
      const L = `DocumentDB cluster ${x.id}`;
      if (["audit", "profiler"].every((t) => x.cloudwatchLogs.includes(t))) ctx.pass(resource, `${L} exports its audit and profiler logs to CloudWatch Logs.`);
      else ctx.fail(resource, `${L} does not export its ${["audit", "profiler"].filter((t) => !x.cloudwatchLogs.includes(t)).join(" and ")} log(s) to CloudWatch Logs.`);
    });
  },
});
