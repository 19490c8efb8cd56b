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
  },
  uses: [keys, keyPolicies],
  run(ctx) {
    for (const { key, resource, entry } of selectedKeys(ctx, keyPolicies, isActiveCustomerKey)) {
      judgePolicy(ctx, { resource, label: `KMS key ${key.id}`, policyName: 'key policy', operation: keyPolicies.operation }, entry);
    }
  },
});
