import { defineCheck } from '../../../core/check.js';
import { buckets, bucketEncryption } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_kms_encryption',
  title: 'S3 buckets encrypt new objects with AWS KMS keys by default',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['encryption'],
  description:
    'Reads the default encryption of each bucket and passes when it uses SSE-KMS or DSSE-KMS. SSE-S3 (AES256), which every bucket now has by default, does not give key policies, key-level audit in CloudTrail or the ability to revoke access by disabling the key.',
  risk: 'With S3-managed keys anyone allowed to read objects gets plaintext; there is no separate key permission to limit decryption or audit it.',
  remediation: {
    text: 'Set the bucket default encryption to SSE-KMS with a customer managed key (enable S3 Bucket Keys to reduce KMS costs).',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/specifying-kms-encryption.html',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.this.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: <kms-key-arn>\n            BucketKeyEnabled: true',
  },
  uses: [buckets, bucketEncryption],
  run(ctx) {
    eachBucketWith(ctx, bucketEncryption, (b, rules, r) => {
      const kms = (rules ?? []).find((x) => x.algorithm === 'aws:kms' || x.algorithm === 'aws:kms:dsse');
      if (kms) ctx.pass(r, `Bucket ${b.name} encrypts new objects with ${kms.algorithm}${kms.kmsKeyId ? ` (key ${kms.kmsKeyId})` : ' (AWS managed key)'}.`);
      else if (rules?.length) ctx.fail(r, `Bucket ${b.name} encrypts new objects with ${rules.map((x) => x.algorithm).join(', ')}, not with a KMS key.`);
      else ctx.fail(r, `Bucket ${b.name} has no default encryption configuration using KMS.`);
    });
  },
});
