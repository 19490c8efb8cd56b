import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'StopConfigurationRecorder',
  'DeleteDeliveryChannel',
  'PutDeliveryChannel',
  'PutConfigurationRecorder',
];

export const requirement: AlarmRequirement = {
  what: 'AWS Config configuration changes',
  events: writeCalls('config.amazonaws.com', NAMES),
  unrelated: [readCall('config.amazonaws.com', 'DescribeConfigurationRecorders'), readCall('config.amazonaws.com', 'DescribeDeliveryChannels')],
  recommendedPattern: eventNamePattern('config.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled',
  title: 'An alarm is raised on AWS Config configuration changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that stop or change the configuration recorder or change or delete its delivery channel raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'AWS Config is the record of how resources were configured over time. Stopping the recorder or its delivery channel hides later changes from compliance rules and investigations, which is why it deserves an immediate alert.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for StopConfigurationRecorder, PutConfigurationRecorder, PutDeliveryChannel and DeleteDeliveryChannel, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('AwsConfigChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('AwsConfigChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('AwsConfigChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
