import { defineCheck } from '../../../core/check.js';
import { clusterList, clusters } from '../collectors.js';
import { eachCluster } from '../helpers.js';

export default defineCheck({
  id: 'eks_cluster_private_nodes_enabled',
  title: "EKS clusters have private API endpoint access enabled",
  service: 'eks',
  severity: 'high',
  resourceType: 'AwsEksCluster',
  categories: ['internet-exposed'],
  description:
    "Reports whether each EKS cluster has private endpoint access enabled, so nodes and clients in the VPC reach the Kubernetes API without leaving it.",
  risk:
    "Without private access, node-to-control-plane traffic goes through the public endpoint, which must then stay open to the nodes' public addresses.",
  remediation: {
    text: "Enable private endpoint access for the cluster (and then restrict or disable public access).",
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPrivateAccess=true',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  name     = "<cluster-name>"\n  role_arn = "<cluster-role-arn>"\n  vpc_config {\n    subnet_ids              = ["<subnet-a>", "<subnet-b>"]\n    endpoint_private_access = true\n    endpoint_public_access  = true\n    public_access_cidrs     = ["<admin-network-cidr>"]\n  }\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: <cluster-role-arn>\n      ResourcesVpcConfig:\n        SubnetIds:\n          - <subnet-a>\n          - <subnet-b>\n        EndpointPrivateAccess: true\n        EndpointPublicAccess: true\n        PublicAccessCidrs:\n          - <admin-network-cidr>',
  },
  uses: [clusterList, clusters],
  run(ctx) {
    for (const { cluster: c, resource } of eachCluster(ctx)) {
      if (c.endpointPrivateAccess) ctx.pass(resource, `EKS cluster ${c.name} has private endpoint access enabled.`);
      else ctx.fail(resource, `EKS cluster ${c.name} does not have private endpoint access enabled.`);
    }
  },
});
