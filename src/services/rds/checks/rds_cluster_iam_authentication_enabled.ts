import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster, supportsIamAuth } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_iam_authentication_enabled',
  title: "RDS DB clusters accept IAM database authentication",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["identity-access"],
  description:
    "Passes each Aurora MySQL, Aurora PostgreSQL, MySQL or PostgreSQL DB cluster with IAM database authentication enabled; other engines are not reported.",
  risk: "Without IAM authentication, access relies on long-lived database passwords not tied to identities that can be revoked centrally.",
  remediation: {
    text: "Enable IAM database authentication on the cluster.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html",
    cli: "aws rds modify-db-cluster --db-cluster-identifier <cluster> --enable-iam-database-authentication --apply-immediately",
    terraform:
      'resource "aws_rds_cluster" "this" {\n  cluster_identifier                  = "<cluster-id>"\n  engine                              = "<engine>"\n  iam_database_authentication_enabled = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: <engine>\n      EnableIAMDatabaseAuthentication: true',
  },
  uses: [clusters],
  run(ctx) {
    eachCluster(ctx, (x, resource) => {
      if (!supportsIamAuth(x.engine)) return;
      const L = `RDS cluster ${x.id} (${x.engine})`;
      if (Boolean(x.iamAuth)) ctx.pass(resource, `${L} has IAM database authentication enabled.`);
      else ctx.fail(resource, `${L} does not have IAM database authentication enabled.`);
    });
  },
});
