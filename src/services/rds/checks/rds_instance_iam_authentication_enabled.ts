import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance, supportsIamAuth } from '../instances.js';

export default defineCheck({
  id: 'rds_instance_iam_authentication_enabled',
  title: "RDS DB instances accept IAM database authentication",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  categories: ["identity-access"],
  description:
    "Passes each standalone MySQL, MariaDB or PostgreSQL DB instance with IAM database authentication enabled. Engines that do not support it (Oracle, SQL Server, Db2) are not reported. Instances that belong to an Aurora or Multi-AZ DB cluster take this setting from their cluster and are judged by the cluster check.",
  risk: "Without IAM authentication, database access relies on long-lived passwords that are shared, rarely rotated and not tied to an identity that can be revoked centrally.",
  remediation: {
    text: "Enable IAM database authentication and create database users mapped to IAM roles.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html",
    cli: "aws rds modify-db-instance --db-instance-identifier <instance> --enable-iam-database-authentication --apply-immediately",
    terraform: 'resource "aws_db_instance" "example" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      EnableIAMDatabaseAuthentication: true',
  },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      if (x.clusterId !== undefined || !supportsIamAuth(x.engine)) return;
      const L = `RDS instance ${x.id} (${x.engine})`;
      if (x.iamAuth) ctx.pass(resource, `${L} has IAM database authentication enabled.`);
      else ctx.fail(resource, `${L} does not have IAM database authentication enabled.`);
    });
  },
});
