import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachCluster } from '../instances.js';

export default defineCheck({
  id: 'rds_cluster_deletion_protection',
  title: "RDS DB clusters have deletion protection enabled",
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["resilience"],
  description:
    "Passes each DB cluster that has deletion protection enabled.",
  risk: "Without deletion protection, one API call deletes the cluster and, unless a final snapshot is taken, its data.",
  remediation: {
    text: "Enable deletion protection.",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection",
    cli: "aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately",
    terraform: 'resource "aws_rds_cluster" "example" {\n  # ...\n  deletion_protection = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: <engine>\n      DeletionProtection: true',
  },
  uses: [clusters],
  run(ctx) {
    eachCluster(ctx, (x, resource) => {
      const L = `RDS cluster ${x.id} (${x.engine})`;
      if (Boolean(x.deletionProtection)) ctx.pass(resource, `${L} has deletion protection enabled.`);
      else ctx.fail(resource, `${L} does not have deletion protection enabled.`);
    });
  },
});
