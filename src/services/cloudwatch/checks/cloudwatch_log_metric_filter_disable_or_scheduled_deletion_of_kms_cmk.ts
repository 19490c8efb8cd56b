import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'DisableKey',
  'ScheduleKeyDeletion',
];

export const requirement: AlarmRequirement = {
  what: 'calls that disable KMS keys or schedule their deletion',
  events: writeCalls('kms.amazonaws.com', NAMES),
  unrelated: [readCall('kms.amazonaws.com', 'DescribeKey'), readCall('kms.amazonaws.com', 'Decrypt')],
  recommendedPattern: eventNamePattern('kms.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk',
  title: 'An alarm is raised when KMS keys are disabled or scheduled for deletion',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that DisableKey and ScheduleKeyDeletion calls on customer managed keys raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'Data encrypted under a disabled or deleted key cannot be read. Disabling a key is an effective sabotage or ransom technique, and a deletion is only reversible during its waiting period, so someone must learn about it in time to cancel.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for KMS DisableKey and ScheduleKeyDeletion calls, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('KmsKeyDisableOrDeletion', requirement.recommendedPattern),
    terraform: remediationTerraform('KmsKeyDisableOrDeletion', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('KmsKeyDisableOrDeletion', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
