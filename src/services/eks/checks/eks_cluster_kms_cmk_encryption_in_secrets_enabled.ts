import { defineCheck } from '../../../core/check.js';
import { clusterList, clusters } from '../collectors.js';
import { eachCluster } from '../helpers.js';

export default defineCheck({
  id: 'eks_cluster_kms_cmk_encryption_in_secrets_enabled',
  title: "EKS clusters encrypt Kubernetes secrets with a KMS key",
  service: 'eks',
  severity: 'medium',
  resourceType: 'AwsEksCluster',
  categories: ['encryption'],
  description:
    "Reports whether each EKS cluster has envelope encryption of Kubernetes secrets configured with a customer managed KMS key.",
  risk:
    "Without envelope encryption, Kubernetes secrets are protected in etcd only by the default storage encryption; a KMS key adds a key policy you control, audit of every decryption, and the ability to revoke access.",
  remediation: {
    text: "Associate a customer managed KMS key with the cluster for secrets encryption (this cannot be undone).",
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html',
    cli: `aws eks associate-encryption-config --cluster-name <cluster> --encryption-config '[{"resources":["secrets"],"provider":{"keyArn":"<kms-key-arn>"}}]'`,
    terraform:
      'resource "aws_eks_cluster" "this" {\n  name     = "<cluster-name>"\n  role_arn = "<cluster-role-arn>"\n  vpc_config {\n    subnet_ids = ["<subnet-a>", "<subnet-b>"]\n  }\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = "<kms-key-arn>"\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: <cluster-role-arn>\n      ResourcesVpcConfig:\n        SubnetIds:\n          - <subnet-a>\n          - <subnet-b>\n      EncryptionConfig:\n        - Resources:\n            - secrets\n          Provider:\n            KeyArn: <kms-key-arn>',
  },
  uses: [clusterList, clusters],
  run(ctx) {
    for (const { cluster: c, resource } of eachCluster(ctx)) {
      if (c.secretsKeyArn) ctx.pass(resource, `EKS cluster ${c.name} encrypts Kubernetes secrets with KMS key ${c.secretsKeyArn}.`);
      else ctx.fail(resource, `EKS cluster ${c.name} does not encrypt Kubernetes secrets with a KMS key.`);
    }
  },
});
