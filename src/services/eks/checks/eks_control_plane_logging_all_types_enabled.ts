import { defineCheck } from '../../../core/check.js';
import { clusterList, clusters } from '../collectors.js';
import { eachCluster } from '../helpers.js';

export default defineCheck({
  id: 'eks_control_plane_logging_all_types_enabled',
  title: "EKS clusters send every control plane log type to CloudWatch",
  service: 'eks',
  severity: 'medium',
  resourceType: 'AwsEksCluster',
  categories: ['logging'],
  description:
    "Reports whether each EKS cluster has every control plane log type in eks_required_log_types enabled (API server, audit, authenticator, controller manager, scheduler by default).",
  risk:
    "Without the audit and authenticator logs there is no record of who did what in the cluster; without the others, control plane failures cannot be diagnosed.",
  remediation: {
    text: "Enable all control plane log types for the cluster.",
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    cli: `aws eks update-cluster-config --name <cluster> --logging '{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}'`,
    terraform:
      'resource "aws_eks_cluster" "this" {\n  name                      = "<cluster-name>"\n  role_arn                  = "<cluster-role-arn>"\n  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]\n  vpc_config {\n    subnet_ids = ["<subnet-a>", "<subnet-b>"]\n  }\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: <cluster-role-arn>\n      ResourcesVpcConfig:\n        SubnetIds:\n          - <subnet-a>\n          - <subnet-b>\n      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n            - Type: audit\n            - Type: authenticator\n            - Type: controllerManager\n            - Type: scheduler',
  },
  uses: [clusterList, clusters],
  params: { eks_required_log_types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] },
  run(ctx) {
    for (const { cluster: c, resource } of eachCluster(ctx)) {
      const missing = ctx.params.eks_required_log_types.filter((t) => !c.enabledLogTypes.includes(t));
      if (!missing.length) ctx.pass(resource, `EKS cluster ${c.name} sends all required control plane log types.`);
      else ctx.fail(resource, `EKS cluster ${c.name} does not send these control plane log types: ${missing.join(', ')}.`);
    }
  },
});
