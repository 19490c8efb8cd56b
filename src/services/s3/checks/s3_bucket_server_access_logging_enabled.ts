import { defineCheck } from '../../../core/check.js';
import { buckets, bucketLogging } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_server_access_logging_enabled',
  title: 'S3 buckets record server access logs',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['logging', 'forensics-ready'],
  description: 'Reads the logging configuration of each bucket and passes when server access logs are delivered to a target bucket.',
  risk: 'Without access logs there is no record of who read, wrote or deleted objects, so misuse and data theft go unnoticed and cannot be investigated.',
  remediation: {
    text: 'Turn on server access logging, delivering to a dedicated log bucket (not the bucket itself).',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
    terraform: 'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "log/"\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: <log-bucket-name>\n        LogFilePrefix: <bucket-name>/',
  },
  uses: [buckets, bucketLogging],
  run(ctx) {
    eachBucketWith(ctx, bucketLogging, (b, l, r) => {
      if (l.enabled) ctx.pass(r, `Bucket ${b.name} delivers server access logs to bucket ${l.targetBucket}.`);
      else ctx.fail(r, `Bucket ${b.name} does not have server access logging enabled.`);
    });
  },
});
