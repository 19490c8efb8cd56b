import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { trailList } from '../collectors.js';
import { bucketLogging, buckets } from '../../s3/collectors.js';
import { ownTrailBuckets } from '../../s3/bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'cloudtrail_logs_s3_bucket_access_logging_enabled',
  title: 'CloudTrail log buckets have S3 server access logging enabled',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['logging', 'forensics-ready'],
  description:
    "For each trail, reads the server access logging configuration of the S3 bucket that receives its logs and checks that access logging is on.",
  risk:
    'Without access logs on the log bucket, reads, downloads and deletions of CloudTrail files leave no record, so tampering with the audit trail goes unnoticed.',
  remediation: {
    text: "Enable server access logging on the trail's log bucket, delivering to a separate bucket that only the logging service can write to.",
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<access-log-bucket>","TargetPrefix":"<trail-bucket>/"}}\'',
    terraform:
      'resource "aws_s3_bucket_logging" "trail_logs" {\n  bucket        = "<trail-bucket-name>"\n  target_bucket = "<access-log-bucket-name>"\n  target_prefix = "<trail-bucket-name>/"\n}',
    nativeIaC:
      'Resources:\n  TrailBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: <trail-bucket-name>\n      LoggingConfiguration:\n        DestinationBucketName: <access-log-bucket-name>\n        LogFilePrefix: <trail-bucket-name>/',
  },
  uses: [trailList, buckets, bucketLogging],
  run(ctx) {
    const logging = ctx.global(bucketLogging);
    for (const { trail, bucketName, resource: res } of ownTrailBuckets(ctx, 'verify that server access logging is enabled on it')) {
      const l = entryFor(logging, bucketName, 's3:GetBucketLogging');
      if (!l.ok) ctx.error(res, l.error, `Could not read the access logging of trail ${trail.name}'s bucket ${bucketName}: ${describeCallError(l.error)}.`);
      else if (l.data.enabled) ctx.pass(res, `Trail ${trail.name} logs to bucket ${bucketName}, which has access logging to ${l.data.targetBucket}.`);
      else ctx.fail(res, `Trail ${trail.name} logs to bucket ${bucketName}, which does not have server access logging enabled.`);
    }
  },
});
