import { defineCheck } from '../../../core/check.js';
import { clusterList, clusters } from '../collectors.js';
import { eachCluster } from '../helpers.js';

export default defineCheck({
  id: 'eks_cluster_deletion_protection_enabled',
  title: "EKS clusters have deletion protection enabled",
  service: 'eks',
  severity: 'high',
  resourceType: 'AwsEksCluster',
  categories: ['resilience'],
  description:
    "Reports whether each EKS cluster has deletion protection turned on, so DeleteCluster is refused until it is turned off.",
  risk:
    "Without deletion protection a mistaken or malicious DeleteCluster call destroys the control plane and every workload's Kubernetes state at once.",
  remediation: {
    text: "Turn on deletion protection for production clusters.",
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/deletion-protection.html',
    cli: 'aws eks update-cluster-config --name <cluster> --deletion-protection',
    terraform:
      '# deletion_protection needs a recent AWS provider (it was added with the EKS API setting in 2025)\nresource "aws_eks_cluster" "this" {\n  name                = "<cluster-name>"\n  role_arn            = "<cluster-role-arn>"\n  deletion_protection = true\n  vpc_config {\n    subnet_ids = ["<subnet-a>", "<subnet-b>"]\n  }\n}',
  },
  uses: [clusterList, clusters],
  run(ctx) {
    for (const { cluster: c, resource } of eachCluster(ctx)) {
      if (c.deletionProtection) ctx.pass(resource, `EKS cluster ${c.name} has deletion protection enabled.`);
      else ctx.fail(resource, `EKS cluster ${c.name} does not have deletion protection enabled.`);
    }
  },
});
