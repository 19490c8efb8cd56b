import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { isRotatableCustomerKey, keyRotation, keys } from '../collectors.js';
import { selectedKeys } from '../selected-keys.js';

export default defineCheck({
  id: 'kms_cmk_rotation_enabled',
  title: 'Customer-managed symmetric KMS keys have automatic rotation enabled',
  service: 'kms',
  severity: 'high',
  resourceType: 'AwsKmsKey',
  categories: ['encryption'],
  description:
    'For every enabled, customer-managed, symmetric encryption KMS key whose key material KMS generated, reads whether automatic rotation of the key material is turned on. AWS-managed keys (rotated by AWS), keys pending deletion or disabled, asymmetric and HMAC keys, and keys with imported or external key material are skipped because automatic rotation does not apply to them.',
  risk:
    'Key material that never changes protects ever more data over the years: if it leaks, everything encrypted under it is exposed, and compliance frameworks such as CIS and PCI DSS expect periodic rotation.',
  remediation: {
    text: 'Turn on automatic key rotation for the key (optionally choosing a rotation period between 90 and 2560 days).',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
    terraform:
      'resource "aws_kms_key" "this" {\n  description             = "<purpose>"\n  enable_key_rotation     = true\n  rotation_period_in_days = 365\n}',
    nativeIaC:
      'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n      KeyPolicy:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: !Sub \'arn:${AWS::Partition}:iam::${AWS::AccountId}:root\' }\n            Action: kms:*\n            Resource: \'*\'',
  },
  uses: [keys, keyRotation],
  run(ctx) {
    for (const { key, resource, entry: status } of selectedKeys(ctx, keyRotation, isRotatableCustomerKey)) {
      if (!status.ok) {
        ctx.error(resource, status.error, `Could not read the rotation status of KMS key ${key.id}: ${describeCallError(status.error)}.`);
      } else if (status.data.enabled) {
        const every = status.data.periodDays ? ` every ${status.data.periodDays} days` : '';
        ctx.pass(resource, `KMS key ${key.id} rotates its key material automatically${every}.`);
      } else {
        ctx.fail(resource, `KMS key ${key.id} does not have automatic key rotation enabled.`);
      }
    }
  },
});
