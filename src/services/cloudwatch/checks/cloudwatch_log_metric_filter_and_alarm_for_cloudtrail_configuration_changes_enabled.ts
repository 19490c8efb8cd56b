import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'CreateTrail',
  'UpdateTrail',
  'DeleteTrail',
  'StartLogging',
  'StopLogging',
];

export const requirement: AlarmRequirement = {
  what: 'CloudTrail configuration changes',
  events: writeCalls('cloudtrail.amazonaws.com', NAMES),
  unrelated: [readCall('cloudtrail.amazonaws.com', 'DescribeTrails'), readCall('cloudtrail.amazonaws.com', 'GetTrailStatus')],
  recommendedPattern: eventNamePattern('cloudtrail.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled',
  title: 'An alarm is raised on CloudTrail configuration changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that create, update or delete trails or start or stop their logging raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'Stopping or redirecting a trail is how an intruder blinds the audit record before acting. Knowing immediately that a trail changed keeps the gap short and tells you to look at what came next.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for CreateTrail, UpdateTrail, DeleteTrail, StartLogging and StopLogging, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('CloudTrailConfigChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('CloudTrailConfigChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('CloudTrailConfigChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
