import { defineCheck } from '../../../core/check.js';
import { keys } from '../collectors.js';
import { runCustomerKeyCheck } from '../customer-keys.js';

export default defineCheck({
  id: 'kms_cmk_not_multi_region',
  title: 'Customer managed KMS keys are single-Region',
  service: 'kms',
  severity: 'medium',
  resourceType: 'AwsKmsKey',
  categories: ['encryption'],
  description: 'Flags customer managed KMS keys that are multi-Region keys (primary or replica), whose material is shared with related keys in other regions.',
  risk: 'Data encrypted under a multi-Region key can be decrypted in every region holding a replica, so a weaker key policy or compromise in one region exposes data from all of them, and data-residency boundaries blur.',
  remediation: {
    text: 'Use single-Region keys unless a documented cross-region need (global tables, disaster recovery) exists; keep the key policies of all replicas identical and tight.',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html',
    terraform:
      'resource "aws_kms_key" "this" {\n  description         = "<purpose>"\n  multi_region        = false\n  enable_key_rotation = true\n}',
    nativeIaC:
      'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      MultiRegion: false\n      EnableKeyRotation: true\n      KeyPolicy:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: !Sub \'arn:${AWS::Partition}:iam::${AWS::AccountId}:root\' }\n            Action: kms:*\n            Resource: \'*\'',
  },
  uses: [keys],
  run(ctx) {
    runCustomerKeyCheck(ctx, (m, id) =>
      m.multiRegion ? [false, `KMS key ${id} is a multi-Region key.`] : [true, `KMS key ${id} is a single-Region key.`],
    );
  },
});
