import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_multi_az_enabled',
  title: "Redshift clusters are deployed across Availability Zones",
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  categories: ["resilience"],
  description:
    "Passes each RA3 cluster with a Multi-AZ deployment.",
  risk: "A single-AZ cluster is unavailable while its Availability Zone is down.",
  remediation: {
    text: "Enable Multi-AZ on the RA3 cluster.",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-multi-az.html",
    cli: "aws redshift modify-cluster --cluster-identifier <cluster> --multi-az",
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  cluster_identifier = "<cluster-id>"\n  node_type          = "ra3.xlplus"\n  multi_az           = true\n}',
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Redshift clusters", (x, resource) => {
      const L = `Redshift cluster ${x.id}`;
      if (x.multiAz === "Enabled") ctx.pass(resource, `${L} is a Multi-AZ deployment.`);
      else ctx.fail(resource, `${L} is not a Multi-AZ deployment.`);
    });
  },
});
