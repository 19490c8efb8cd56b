import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'neptune_cluster_iam_authentication_enabled',
  title: "Neptune clusters require IAM database authentication",
  service: 'neptune',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["identity-access"],
  description:
    "Passes each Neptune cluster with IAM database authentication enabled, so every request must be signed by an IAM identity.",
  risk: "Without IAM authentication, anyone who can reach the cluster endpoint on the network can query and change the graph.",
  remediation: {
    text: "Enable IAM database authentication and grant neptune-db permissions to the roles that need them.",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth-enable.html",
    cli: "aws neptune modify-db-cluster --db-cluster-identifier <cluster> --enable-iam-database-authentication --apply-immediately",
    terraform:
      'resource "aws_neptune_cluster" "this" {\n  cluster_identifier                  = "<cluster-id>"\n  iam_database_authentication_enabled = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Neptune::DBCluster\n    Properties:\n      IamAuthEnabled: true',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Neptune clusters", (x, resource) => {
      const L = `Neptune cluster ${x.id}`;
      if (x.iamAuth) ctx.pass(resource, `${L} requires IAM database authentication.`);
      else ctx.fail(resource, `${L} does not require IAM database authentication.`);
    });
  },
});
