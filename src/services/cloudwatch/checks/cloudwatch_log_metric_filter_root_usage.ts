import { defineCheck } from '../../../core/check.js';
import { METRIC_ALARM_FACTS, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, ROOT_USER, sampleEvent, type AlarmRequirement } from '../metric-filters.js';

export const requirement: AlarmRequirement = {
  what: 'uses of the root user',
  events: [
    sampleEvent('signin.amazonaws.com', 'ConsoleLogin', false, { userIdentity: ROOT_USER, eventType: 'AwsConsoleSignIn', responseElements: { ConsoleLogin: 'Success' }, additionalEventData: { MFAUsed: 'Yes' } }, 'root console sign-ins'),
    sampleEvent('iam.amazonaws.com', 'CreateAccessKey', false, { userIdentity: ROOT_USER }, 'root API calls'),
  ],
  unrelated: [sampleEvent('iam.amazonaws.com', 'CreateAccessKey', false)],
  recommendedPattern: '{ ($.userIdentity.type = "Root") && ($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent") }',
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_root_usage',
  title: 'An alarm is raised on any use of the root user',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that console sign-ins and API calls made by the root user (not by AWS services acting for it) raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'The root user cannot be restricted by IAM policies and is rarely needed. Any activity by it is either a rare planned task or a compromise of the most powerful identity in the account, and should be known at once.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for events whose userIdentity.type is Root, excluding calls invoked by AWS services and service events, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('RootUserUsage', requirement.recommendedPattern),
    terraform: remediationTerraform('RootUserUsage', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('RootUserUsage', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
