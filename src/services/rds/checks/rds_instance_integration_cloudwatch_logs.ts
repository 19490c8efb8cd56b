import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_integration_cloudwatch_logs',
  title: "RDS DB instances export their logs to CloudWatch Logs",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  categories: ["logging"],
  description:
    "Passes each standalone DB instance that exports at least one log type (error, general, slow query, audit, postgresql, ...) to CloudWatch Logs. Instances that belong to an Aurora or Multi-AZ DB cluster take this setting from their cluster and are judged by the cluster check.",
  risk: "Logs kept only on the instance are lost with it, cannot be alerted on, and are not retained for investigations.",
  remediation: {
    text: "Enable the export of the engine's logs (at least the error and audit logs) to CloudWatch Logs.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration '{\"EnableLogTypes\":[\"error\",\"audit\"]}' --apply-immediately",
    terraform:
      'resource "aws_db_instance" "this" {\n  identifier                      = "<db-id>"\n  instance_class                  = "<instance-class>"\n  engine                          = "postgres"\n  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: mysql\n      EnableCloudwatchLogsExports:\n        - error\n        - audit\n        - slowquery',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      if (x.clusterId !== undefined) return;
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.cloudwatchLogs.length > 0) ctx.pass(resource, `${L} exports ${x.cloudwatchLogs.join(", ")} logs to CloudWatch Logs.`);
      else ctx.fail(resource, `${L} does not export any log to CloudWatch Logs.`);
    });
  },
});
