import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'documentdb_cluster_deletion_protection',
  title: "DocumentDB clusters have deletion protection enabled",
  service: 'documentdb',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  categories: ["resilience"],
  description:
    "Passes each DocumentDB cluster with deletion protection enabled.",
  risk: "Without deletion protection one API call deletes the cluster.",
  remediation: {
    text: "Enable deletion protection on the cluster.",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-delete.html",
    cli: "aws docdb modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately",
    terraform:
      'resource "aws_docdb_cluster" "this" {\n  cluster_identifier  = "<cluster-id>"\n  deletion_protection = true\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::DocDB::DBCluster\n    Properties:\n      DeletionProtection: true',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "DocumentDB clusters", (x, resource) => {
      const L = `DocumentDB cluster ${x.id}`;
      if (x.deletionProtection) ctx.pass(resource, `${L} has deletion protection enabled.`);
      else ctx.fail(resource, `${L} does not have deletion protection enabled.`);
    });
  },
});
