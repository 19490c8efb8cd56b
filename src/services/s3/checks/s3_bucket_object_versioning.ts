import { defineCheck } from '../../../core/check.js';
import { buckets, bucketVersioning } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_object_versioning',
  title: 'S3 buckets keep previous versions of their objects',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['resilience'],
  description: 'Reads the versioning state of each bucket and passes only when versioning is Enabled (Suspended keeps old versions but stops creating new ones).',
  risk: 'Without versioning, an overwrite or delete (by mistake, by ransomware or by an attacker) destroys the only copy of an object.',
  remediation: {
    text: 'Enable versioning on the bucket, and add a lifecycle rule that expires noncurrent versions to control cost.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
    terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire-noncurrent\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90',
  },
  uses: [buckets, bucketVersioning],
  run(ctx) {
    eachBucketWith(ctx, bucketVersioning, (b, v, r) => {
      if (v.status === 'Enabled') ctx.pass(r, `Bucket ${b.name} has versioning enabled.`);
      else ctx.fail(r, `Bucket ${b.name} does not have versioning enabled (${v.status === 'Suspended' ? 'suspended' : 'never enabled'}).`);
    });
  },
});
