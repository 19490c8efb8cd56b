import { defineCheck } from '../../../core/check.js';
import { consoleLogin as login, METRIC_ALARM_FACTS, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, type AlarmRequirement } from '../metric-filters.js';

export const requirement: AlarmRequirement = {
  what: 'failed console sign-ins',
  events: [login({ errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' } }, 'No', 'failed console sign-ins')],
  unrelated: [login({}, 'Yes', 'successful console sign-in')],
  recommendedPattern: '{ ($.eventName = "ConsoleLogin") && ($.errorMessage = "Failed authentication") }',
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_authentication_failures',
  title: 'An alarm is raised on failed console sign-ins',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that AWS console sign-in attempts that failed authentication raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'Repeated failed sign-ins point to password guessing or credential stuffing against console users. Without an alarm an attack can run for a long time, and a successful guess looks like a normal sign-in.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for ConsoleLogin events with the error message "Failed authentication", and an alarm on its metric (for example three or more in five minutes) that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('ConsoleSignInFailures', requirement.recommendedPattern),
    terraform: remediationTerraform('ConsoleSignInFailures', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('ConsoleSignInFailures', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
