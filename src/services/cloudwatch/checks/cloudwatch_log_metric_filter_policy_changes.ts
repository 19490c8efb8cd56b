import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'CreatePolicy',
  'DeletePolicy',
  'CreatePolicyVersion',
  'DeletePolicyVersion',
  'PutUserPolicy',
  'PutGroupPolicy',
  'PutRolePolicy',
  'DeleteUserPolicy',
  'DeleteGroupPolicy',
  'DeleteRolePolicy',
  'AttachUserPolicy',
  'DetachUserPolicy',
  'AttachGroupPolicy',
  'DetachGroupPolicy',
  'AttachRolePolicy',
  'DetachRolePolicy',
];

export const requirement: AlarmRequirement = {
  what: 'IAM policy changes',
  events: writeCalls('iam.amazonaws.com', NAMES),
  unrelated: [readCall('iam.amazonaws.com', 'GetPolicy'), readCall('iam.amazonaws.com', 'ListPolicies')],
  recommendedPattern: eventNamePattern('iam.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_policy_changes',
  title: 'An alarm is raised on IAM policy changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that create, version, delete, edit inline, attach or detach the IAM policies of users, groups and roles raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'Changing a policy is the quickest way to escalate privileges or open a back door, and an accidental change can lock out or over-grant a whole team. An alarm makes each change visible to someone who can confirm it was intended.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter that matches the IAM policy create, delete, version, put and attach/detach calls, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('IAMPolicyChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('IAMPolicyChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('IAMPolicyChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
