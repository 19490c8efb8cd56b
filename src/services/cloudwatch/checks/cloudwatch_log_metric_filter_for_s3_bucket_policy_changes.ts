import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'PutBucketAcl',
  'PutBucketPolicy',
  'PutBucketCors',
  'PutBucketLifecycle',
  'PutBucketReplication',
  'DeleteBucketPolicy',
  'DeleteBucketCors',
  'DeleteBucketLifecycle',
  'DeleteBucketReplication',
];

export const requirement: AlarmRequirement = {
  what: 'S3 bucket policy changes',
  events: writeCalls('s3.amazonaws.com', NAMES),
  unrelated: [readCall('s3.amazonaws.com', 'GetBucketPolicy'), readCall('s3.amazonaws.com', 'ListBuckets')],
  recommendedPattern: eventNamePattern('s3.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_for_s3_bucket_policy_changes',
  title: 'An alarm is raised on S3 bucket policy changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that change bucket policies, ACLs, CORS, lifecycle or replication configuration raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'A changed bucket policy or ACL can make data public or readable by another account, and a changed lifecycle or replication rule can delete or copy data out quietly. An alarm shortens the time such an exposure stays open.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for the S3 Put/Delete calls on bucket ACLs, policies, CORS, lifecycle and replication, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('S3BucketPolicyChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('S3BucketPolicyChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('S3BucketPolicyChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
