import { defineCheck } from '../../../core/check.js';
import { isActiveCustomerKey, keyPolicies, keys } from '../collectors.js';
import { judgePolicy } from '../../../lib/resource-policy.js';
import { selectedKeys } from '../selected-keys.js';

export default defineCheck({
  id: 'kms_key_not_publicly_accessible',
  title: 'Customer-managed KMS key policies do not grant access to everyone',
  service: 'kms',
  severity: 'critical',
  resourceType: 'AwsKmsKey',
  categories: ['internet-exposed', 'identity-access'],
  description:
    'Reads the key policy of every customer-managed KMS key that is not scheduled for deletion and flags keys whose policy allows any principal without a condition (such as kms:CallerAccount or aws:PrincipalOrgID) that narrows it to this account or an organization. AWS-managed keys are skipped: their policies are set by AWS.',
  risk:
    'A key that every AWS account may use lets outsiders decrypt the data it protects, or, when administrative actions are open, change its policy, disable it or schedule it for deletion.',
  remediation: {
    text: 'Edit the key policy so that every statement names specific principals, or add conditions that limit callers to your account or organization.',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying.html',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
    terraform:
      'data "aws_caller_identity" "current" {}\n\nresource "aws_kms_key" "this" {\n  description = "<purpose>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      { Sid = "AccountAdministers", Effect = "Allow", Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" },\n      { Sid = "NamedRoleUses", Effect = "Allow", Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/<role-name>" }, Action = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"], Resource = "*" },\n    ]\n  })\n}',
    nativeIaC:
      'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy:\n        Version: \'2012-10-17\'\n        Statement:\n          - Sid: AccountAdministers\n            Effect: Allow\n            Principal: { AWS: !Sub \'arn:${AWS::Partition}:iam::${AWS::AccountId}:root\' }\n            Action: kms:*\n            Resource: \'*\'\n          - Sid: NamedRoleUses\n            Effect: Allow\n            Principal: { AWS: !Sub \'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/<role-name>\' }\n            Action:\n              - kms:Encrypt\n              - kms:Decrypt\n              - kms:GenerateDataKey*\n            Resource: \'*\'',
  },
  uses: [keys, keyPolicies],
  run(ctx) {
    for (const { key, resource, entry } of selectedKeys(ctx, keyPolicies, isActiveCustomerKey)) {
      judgePolicy(ctx, { resource, label: `KMS key ${key.id}`, policyName: 'key policy', operation: keyPolicies.operation }, entry);
    }
  },
});
