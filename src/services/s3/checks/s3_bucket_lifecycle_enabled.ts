import { defineCheck } from '../../../core/check.js';
import { buckets, bucketLifecycle } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_lifecycle_enabled',
  title: 'S3 buckets have an enabled lifecycle rule',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  categories: [],
  description: 'Reads the lifecycle configuration of each bucket and passes when at least one rule is Enabled (a configuration whose rules are all Disabled does nothing).',
  risk: 'Without lifecycle rules, data is kept forever: stale copies and old versions accumulate, costs grow and retention obligations (deleting data after a period) are not met.',
  remediation: {
    text: 'Add lifecycle rules that transition or expire objects (and noncurrent versions) according to your retention policy.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/how-to-set-lifecycle-configuration-intro.html',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
    terraform:
      'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    id     = "retention"\n    status = "Enabled"\n    filter {}\n    transition {\n      days          = 30\n      storage_class = "STANDARD_IA"\n    }\n    expiration {\n      days = 365\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 90\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: retention\n            Status: Enabled\n            Transitions:\n              - StorageClass: STANDARD_IA\n                TransitionInDays: 30\n            ExpirationInDays: 365\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7',
  },
  uses: [buckets, bucketLifecycle],
  run(ctx) {
    eachBucketWith(ctx, bucketLifecycle, (b, rules, r) => {
      const on = (rules ?? []).filter((x) => x.status === 'Enabled');
      if (on.length) ctx.pass(r, `Bucket ${b.name} has ${on.length} enabled lifecycle rule(s).`);
      else if (rules?.length) ctx.fail(r, `Bucket ${b.name} has lifecycle rules, but all ${rules.length} are disabled.`);
      else ctx.fail(r, `Bucket ${b.name} has no lifecycle configuration.`);
    });
  },
});
