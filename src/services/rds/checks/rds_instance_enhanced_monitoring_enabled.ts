import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_enhanced_monitoring_enabled',
  title: "RDS DB instances have Enhanced Monitoring enabled",
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbInstance',
  categories: ["logging"],
  description:
    "Passes each DB instance whose Enhanced Monitoring interval is above 0 seconds, so operating-system metrics reach CloudWatch Logs.",
  risk: "Without OS-level metrics, resource exhaustion and abnormal processes on the database host are hard to see and diagnose.",
  remediation: {
    text: "Enable Enhanced Monitoring with a monitoring role and an interval (60 seconds or less).",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.Enabling.html",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --monitoring-interval 60 --monitoring-role-arn <role-arn> --apply-immediately",
    terraform:
      'resource "aws_db_instance" "this" {\n  identifier          = "<db-id>"\n  instance_class      = "<instance-class>"\n  engine              = "<engine>"\n  monitoring_interval = 60\n  monitoring_role_arn = "<rds-monitoring-role-arn>"\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      MonitoringInterval: 60\n      MonitoringRoleArn: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/rds-monitoring-role',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.monitoringInterval > 0) ctx.pass(resource, `${L} has Enhanced Monitoring every ${x.monitoringInterval} seconds.`);
      else ctx.fail(resource, `${L} does not have Enhanced Monitoring enabled.`);
    });
  },
});
