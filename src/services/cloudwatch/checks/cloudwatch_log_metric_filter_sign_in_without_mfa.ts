import { defineCheck } from '../../../core/check.js';
import { consoleLogin as login, METRIC_ALARM_FACTS, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, type AlarmRequirement } from '../metric-filters.js';

export const requirement: AlarmRequirement = {
  what: 'console sign-ins without MFA',
  events: [login({}, 'No', 'console sign-ins without MFA')],
  unrelated: [login({}, 'Yes', 'console sign-in with MFA')],
  recommendedPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_sign_in_without_mfa',
  title: 'An alarm is raised on console sign-ins without MFA',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that successful AWS console sign-ins of IAM users that did not use multi-factor authentication raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'A password-only console sign-in is what a phished or leaked password looks like. Being told about each one lets you spot accounts that escaped the MFA requirement and sessions that should not exist.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for successful ConsoleLogin events whose MFAUsed field is not "Yes", and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('ConsoleSignInWithoutMfa', requirement.recommendedPattern),
    terraform: remediationTerraform('ConsoleSignInWithoutMfa', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('ConsoleSignInWithoutMfa', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
