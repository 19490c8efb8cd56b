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
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  cluster_identifier   = "<cluster-id>"\n  node_type            = "<node-type>"\n  enhanced_vpc_routing = true\n}\n\nresource "aws_vpc_endpoint" "s3" {\n  vpc_id            = "<vpc-id>"\n  service_name      = "com.amazonaws.<region>.s3"\n  vpc_endpoint_type = "Gateway"\n  route_table_ids   = ["<route-table-id>"]\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: multi-node\n      NodeType: <node-type>\n      DBName: <db-name>\n      MasterUsername: <admin-name>\n      MasterUserPassword: "{{resolve:secretsmanager:<admin-secret>:SecretString:password}}"\n      EnhancedVpcRouting: true\n  S3Endpoint:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      VpcId: <vpc-id>\n      ServiceName: !Sub com.amazonaws.${AWS::Region}.s3\n      VpcEndpointType: Gateway\n      RouteTableIds:\n        - <route-table-id>',
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
