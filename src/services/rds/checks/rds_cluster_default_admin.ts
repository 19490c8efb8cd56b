import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster, DEFAULT_ADMIN_NAMES } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_default_admin',
  title: "RDS DB clusters do not use a default master user name",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["identity-access"],
  description:
    "Fails each DB cluster whose master user name is a well-known default (admin, postgres, root, sa, master, administrator).",
  risk: "A default user name leaves only the password to guess in brute-force attacks.",
  remediation: {
    text: "Restore the cluster from a snapshot with a custom master user name, or create a new administrator and stop using the default one.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html",
    cli: "aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <new> --snapshot-identifier <snapshot> --engine <engine>",
    terraform:
      'resource "aws_rds_cluster" "this" {\n  cluster_identifier          = "<cluster-id>"\n  engine                      = "<engine>"\n  master_username             = "<custom-admin-name>"\n  manage_master_user_password = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: <engine>\n      SnapshotIdentifier: <snapshot-arn>\n      MasterUsername: <custom-admin-name>\n      ManageMasterUserPassword: true',
  },
  uses: [clusters],
  run(ctx) {
    eachCluster(ctx, (x, resource) => {
      const L = `RDS cluster ${x.id} (${x.engine})`;
      if (!DEFAULT_ADMIN_NAMES.includes((x.masterUsername ?? "").toLowerCase())) ctx.pass(resource, `${L} uses a custom master user name.`);
      else ctx.fail(resource, `${L} uses the default master user name ${x.masterUsername}.`);
    });
  },
});
