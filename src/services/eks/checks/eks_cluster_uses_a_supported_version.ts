import { defineCheck } from '../../../core/check.js';
import { clusterList, clusters } from '../collectors.js';
import { eachCluster } from '../helpers.js';

export default defineCheck({
  id: 'eks_cluster_uses_a_supported_version',
  title: "EKS clusters run a Kubernetes version in standard support",
  service: 'eks',
  severity: 'high',
  resourceType: 'AwsEksCluster',
  categories: ['vulnerabilities'],
  description:
    "Compares each EKS cluster's Kubernetes version with eks_cluster_oldest_version_supported (dated: the oldest version in EKS standard support when this default was set, December 2026; override it as versions age out).",
  risk:
    "Versions past standard support get no regular patches and cost extra in extended support; once that ends EKS upgrades the control plane on its own schedule, possibly breaking workloads.",
  remediation: {
    text: "Upgrade the control plane, then the node groups and add-ons, one minor version at a time.",
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
    cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-version>',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  name     = "<cluster-name>"\n  role_arn = "<cluster-role-arn>"\n  version  = "<next-supported-minor-version>"\n  vpc_config {\n    subnet_ids = ["<subnet-a>", "<subnet-b>"]\n  }\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: <cluster-role-arn>\n      Version: <next-supported-minor-version>\n      ResourcesVpcConfig:\n        SubnetIds:\n          - <subnet-a>\n          - <subnet-b>',
  },
  uses: [clusterList, clusters],
  params: { eks_cluster_oldest_version_supported: '1.34' },
  run(ctx) {
    for (const { cluster: c, resource } of eachCluster(ctx)) {
      const [ma, mi] = (c.version ?? '0.0').split('.').map(Number);
      const [oa, oi] = ctx.params.eks_cluster_oldest_version_supported.split('.').map(Number);
      if (ma > oa || (ma === oa && mi >= oi)) ctx.pass(resource, `EKS cluster ${c.name} runs Kubernetes ${c.version}.`);
      else ctx.fail(resource, `EKS cluster ${c.name} runs Kubernetes ${c.version ?? 'unknown'}, older than ${ctx.params.eks_cluster_oldest_version_supported}.`);
    }
  },
});
