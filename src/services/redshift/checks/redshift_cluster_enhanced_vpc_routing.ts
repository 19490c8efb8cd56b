import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'redshift_cluster_enhanced_vpc_routing',
  title: "Redshift clusters use enhanced VPC routing",
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  categories: ["trust-boundaries", "internet-exposed"],
  description:
    "Passes each cluster with enhanced VPC routing, which forces COPY and UNLOAD traffic through the VPC where endpoints, security groups and flow logs apply.",
  risk: "Without it, data loaded and unloaded travels over the internet path, outside VPC controls and monitoring.",
  remediation: {
    text: "Enable enhanced VPC routing and add the VPC endpoints the cluster needs (S3 gateway endpoint).",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html",
    cli: "aws redshift modify-cluster --cluster-identifier <cluster> --enhanced-vpc-routing",
  },
  uses: [clusters],
  run(ctx) {
    eachListed(ctx, clusters, "Redshift clusters", (x, resource) => {
      const L = `Redshift cluster ${x.id}`;
      if (x.enhancedVpcRouting) ctx.pass(resource, `${L} uses enhanced VPC routing.`);
      else ctx.fail(resource, `${L} does not use enhanced VPC routing.`);
    });
  },
});
