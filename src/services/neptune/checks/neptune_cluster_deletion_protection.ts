import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'neptune_cluster_deletion_protection',
  title: "Neptune clusters have deletion protection enabled",
  service: 'neptune',
  severity: 'medium',
  resourceType: 'Other',
  categories: ["resilience"],
  description:
    "Passes each Neptune cluster with deletion protection enabled.",
  risk: "Without deletion protection one API call deletes the cluster.",
  remediation: {
    text: "Enable deletion protection on the cluster.",
    url: "https://docs.aws.amazon.com/neptune/latest/userguide/manage-console-instances-delete.html",
    cli: "aws neptune modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately",
    terraform:
      'resource "aws_neptune_cluster" "this" {\n  cluster_identifier  = "<cluster-id>"\n  deletion_protection = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Neptune::DBCluster\n    Properties:\n      DeletionProtection: true',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Neptune clusters", (x, resource) => {
      const L = `Neptune cluster ${x.id}`;
      if (x.deletionProtection) ctx.pass(resource, `${L} has deletion protection enabled.`);
      else ctx.fail(resource, `${L} does not have deletion protection enabled.`);
    });
  },
});
