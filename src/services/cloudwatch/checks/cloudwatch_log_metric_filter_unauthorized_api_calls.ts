import { defineCheck } from '../../../core/check.js';
import { METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, sampleEvent, type AlarmRequirement } from '../metric-filters.js';

export const requirement: AlarmRequirement = {
  what: 'unauthorized API calls',
  events: [
    sampleEvent('ec2.amazonaws.com', 'RunInstances', false, { errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }, 'UnauthorizedOperation errors'),
    sampleEvent('iam.amazonaws.com', 'CreateAccessKey', false, { errorCode: 'AccessDenied', errorMessage: 'Not authorized to perform iam:CreateAccessKey' }, 'AccessDenied errors'),
    sampleEvent('secretsmanager.amazonaws.com', 'GetSecretValue', true, { errorCode: 'AccessDeniedException', errorMessage: 'Not authorized to perform secretsmanager:GetSecretValue' }, 'AccessDeniedException errors'),
  ],
  unrelated: [readCall('secretsmanager.amazonaws.com', 'ListSecrets')],
  recommendedPattern: '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_unauthorized_api_calls',
  title: 'An alarm is raised on unauthorized API calls',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls refused with an UnauthorizedOperation, AccessDenied or AccessDeniedException error raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'A burst of refused calls is often the first visible sign of stolen credentials being tried out, of an attacker mapping what a foothold can do, or of a broken deployment. Without an alarm it goes unnoticed until something succeeds.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for error codes ending in UnauthorizedOperation or starting with AccessDenied, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('UnauthorizedAPICalls', requirement.recommendedPattern),
    terraform: remediationTerraform('UnauthorizedAPICalls', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('UnauthorizedAPICalls', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
