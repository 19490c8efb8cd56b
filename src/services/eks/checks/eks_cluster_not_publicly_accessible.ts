import { defineCheck } from '../../../core/check.js';
import { clusterList, clusters } from '../collectors.js';
import { eachCluster } from '../helpers.js';

export default defineCheck({
  id: 'eks_cluster_not_publicly_accessible',
  title: "EKS cluster API endpoints are not open to the whole internet",
  service: 'eks',
  severity: 'high',
  resourceType: 'AwsEksCluster',
  categories: ['internet-exposed'],
  description:
    "Reports whether each EKS cluster's Kubernetes API endpoint is public and reachable from any address (public access CIDRs including 0.0.0.0/0 or ::/0). A public endpoint restricted to listed CIDRs passes, naming them.",
  risk:
    "An API server reachable from anywhere can be probed and brute-forced by anyone, and a leaked kubeconfig or token is usable from any network.",
  remediation: {
    text: "Turn on private endpoint access and turn off public access, or restrict public access to the CIDRs of your networks.",
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  name     = "<cluster-name>"\n  role_arn = "<cluster-role-arn>"\n  vpc_config {\n    subnet_ids              = ["<subnet-a>", "<subnet-b>"]\n    endpoint_private_access = true\n    endpoint_public_access  = false\n  }\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: <cluster-role-arn>\n      ResourcesVpcConfig:\n        SubnetIds:\n          - <subnet-a>\n          - <subnet-b>\n        EndpointPrivateAccess: true\n        EndpointPublicAccess: false',
  },
  uses: [clusterList, clusters],
  run(ctx) {
    for (const { cluster: c, resource } of eachCluster(ctx)) {
      const open = c.publicAccessCidrs.length === 0 || c.publicAccessCidrs.some((r) => r === '0.0.0.0/0' || r === '::/0');
      if (!c.endpointPublicAccess) ctx.pass(resource, `EKS cluster ${c.name} has no public API endpoint.`);
      else if (open) ctx.fail(resource, `EKS cluster ${c.name} has a public API endpoint reachable from any address.`);
      else ctx.pass(resource, `EKS cluster ${c.name} has a public API endpoint restricted to ${c.publicAccessCidrs.join(', ')}.`);
    }
  },
});
