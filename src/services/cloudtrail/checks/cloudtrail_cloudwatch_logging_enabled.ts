import { defineCheck } from '../../../core/check.js';
import { trails } from '../collectors.js';
import { trailOwner, trailResource, homedTrails } from '../trail-helpers.js';

export default defineCheck({
  id: 'cloudtrail_cloudwatch_logging_enabled',
  title: 'CloudTrail trails deliver events to CloudWatch Logs',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['logging', 'forensics-ready'],
  description:
    'For every trail, checks that a CloudWatch Logs log group is configured and that CloudTrail delivered events to it recently (within 24 hours of the scan by default).',
  risk:
    'Events that only land in S3 cannot drive metric filters and alarms, so suspicious activity is found late or never. A configured log group that no longer receives events gives the same blind spot while looking healthy.',
  remediation: {
    text: 'Create a log group and an IAM role that CloudTrail can assume to write to it, then attach both to the trail. If delivery stopped, check the role\'s permissions and the trail\'s last delivery error.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    terraform:
      'resource "aws_cloudtrail" "main" {\n  # ...\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn\n}',
    nativeIaC:
      'Resources:\n  TrailLogGroup:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: <trail-log-group>\n      RetentionInDays: 365\n  TrailToLogsRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { Service: cloudtrail.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: write-trail-logs\n          PolicyDocument:\n            Version: \'2012-10-17\'\n            Statement:\n              - Effect: Allow\n                Action:\n                  - logs:CreateLogStream\n                  - logs:PutLogEvents\n                Resource: !Sub \'${TrailLogGroup.Arn}\'\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: <trail-bucket-name>\n      IsMultiRegionTrail: true\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn\n      CloudWatchLogsRoleArn: !GetAtt TrailToLogsRole.Arn',
  },
  uses: [trails],
  params: { max_delivery_age_hours: 24 },
  run(ctx) {
    const maxHours = Number(ctx.params.max_delivery_age_hours);
    for (const t of homedTrails(ctx, trails)) {
      const res = trailResource(t);
      if (!t.cloudWatchLogsLogGroupArn) {
        ctx.fail(res, `Trail ${t.name} does not send its events to CloudWatch Logs.`);
        continue;
      }
      if (!t.status.ok) {
        const owner = trailOwner(t);
        if (owner !== ctx.account.accountId) {
          ctx.manual(res, `Trail ${t.name} belongs to account ${owner} (an organization trail) and its delivery status cannot be read from this account: verify there that it delivers to CloudWatch Logs.`);
        } else ctx.error(res, t.status.error);
        continue;
      }
      const { latestCloudWatchLogsDeliveryTime: last, latestCloudWatchLogsDeliveryError: err } = t.status.data;
      const why = err ? ` (last delivery error: ${err})` : '';
      if (!last) {
        ctx.fail(res, `Trail ${t.name} is configured for CloudWatch Logs but has never delivered events there${why}.`);
        continue;
      }
      const ageHours = (ctx.now.getTime() - Date.parse(last)) / 3_600_000;
      if (ageHours > maxHours) {
        ctx.fail(res, `Trail ${t.name} last delivered events to CloudWatch Logs at ${last}, more than ${maxHours} hours before the scan${why}.`);
      } else {
        ctx.pass(res, `Trail ${t.name} delivers events to CloudWatch Logs (last delivery ${last}).`);
      }
    }
  },
});
