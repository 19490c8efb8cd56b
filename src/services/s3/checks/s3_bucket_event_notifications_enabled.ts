import { defineCheck } from '../../../core/check.js';
import { buckets, bucketNotifications } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_event_notifications_enabled',
  title: 'S3 buckets send event notifications',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  categories: ['logging'],
  description: 'Reads the notification configuration of each bucket and passes when events go to an SNS topic, SQS queue, Lambda function or EventBridge.',
  risk: 'Without event notifications, unexpected object creation or deletion is not seen by monitoring or automated response until someone looks.',
  remediation: {
    text: 'Send bucket events to EventBridge (or an SNS topic, SQS queue or Lambda function) and alert on the ones that matter.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
    cli: "aws s3api put-bucket-notification-configuration --bucket <bucket> --notification-configuration '{\"EventBridgeConfiguration\":{}}'",
    terraform:
      'resource "aws_s3_bucket_notification" "this" {\n  bucket      = "<bucket-name>"\n  eventbridge = true\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      NotificationConfiguration:\n        EventBridgeConfiguration:\n          EventBridgeEnabled: true',
  },
  uses: [buckets, bucketNotifications],
  run(ctx) {
    eachBucketWith(ctx, bucketNotifications, (b, n, r) => {
      const where = [...(n.destinations ? [`${n.destinations} SNS/SQS/Lambda destination(s)`] : []), ...(n.eventBridge ? ['EventBridge'] : [])];
      if (where.length) ctx.pass(r, `Bucket ${b.name} sends event notifications to ${where.join(' and ')}.`);
      else ctx.fail(r, `Bucket ${b.name} has no event notifications configured.`);
    });
  },
});
