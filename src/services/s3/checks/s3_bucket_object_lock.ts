import { defineCheck } from '../../../core/check.js';
import { buckets, bucketObjectLock } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_object_lock',
  title: 'S3 buckets have Object Lock enabled',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  categories: ['resilience'],
  description: 'Reads the Object Lock configuration of each bucket and passes when Object Lock is enabled, reporting the default retention when one is set.',
  risk: 'Without Object Lock, anyone with delete permissions (including ransomware using stolen credentials) can delete or overwrite objects and their versions before they can be recovered.',
  remediation: {
    text: 'Enable Object Lock on the bucket (possible on existing versioned buckets) and set a default retention in governance or compliance mode.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-configure.html',
    cli: 'aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":30}}}\'',
    terraform:
      'resource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      ObjectLockEnabled: true\n      ObjectLockConfiguration:\n        ObjectLockEnabled: Enabled\n        Rule:\n          DefaultRetention:\n            Mode: GOVERNANCE\n            Days: 30',
  },
  uses: [buckets, bucketObjectLock],
  run(ctx) {
    eachBucketWith(ctx, bucketObjectLock, (b, lock, r) => {
      if (!lock?.enabled) {
        ctx.fail(r, `Bucket ${b.name} does not have Object Lock enabled.`);
        return;
      }
      const period = lock.days ? `${lock.days} day(s)` : lock.years ? `${lock.years} year(s)` : undefined;
      ctx.pass(r, `Bucket ${b.name} has Object Lock enabled${lock.mode && period ? ` with a default ${lock.mode} retention of ${period}` : ' (no default retention)'}.`);
    });
  },
});
