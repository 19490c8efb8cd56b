import { defineCheck } from '../../../core/check.js';
import { bucketEncryption, buckets } from '../collectors.js';
import { bucketError, bucketResource, bucketsInScope } from '../bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 's3_bucket_default_encryption',
  title: 'S3 buckets have default server-side encryption configured',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['encryption'],
  description: "Reads each bucket's default encryption configuration and checks that new objects are encrypted at rest by default.",
  risk: 'Objects written without encryption at rest are readable by anyone who gains access to the underlying storage or to unencrypted copies.',
  remediation: {
    text: 'Configure default encryption on the bucket, preferably SSE-KMS with a customer managed key and S3 Bucket Keys enabled.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n    bucket_key_enabled = true\n  }\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: <kms-key-arn>\n            BucketKeyEnabled: true',
  },
  uses: [buckets, bucketEncryption],
  run(ctx) {
    const all = ctx.global(bucketEncryption);
    for (const b of bucketsInScope(ctx) ?? []) {
      const enc = entryFor(all, b.name, 's3:GetBucketEncryption');
      if (!enc.ok) bucketError(ctx, b, enc.error);
      else if (!enc.data || enc.data.length === 0) ctx.fail(bucketResource(b), `Bucket ${b.name} has no default server-side encryption.`);
      else ctx.pass(bucketResource(b), `Bucket ${b.name} encrypts new objects by default with ${[...new Set(enc.data.map((r) => r.algorithm))].join(', ')}.`);
    }
  },
});
