import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'AuthorizeSecurityGroupIngress',
  'AuthorizeSecurityGroupEgress',
  'RevokeSecurityGroupIngress',
  'RevokeSecurityGroupEgress',
  'CreateSecurityGroup',
  'DeleteSecurityGroup',
];

export const requirement: AlarmRequirement = {
  what: 'security group changes',
  events: writeCalls('ec2.amazonaws.com', NAMES),
  unrelated: [readCall('ec2.amazonaws.com', 'DescribeSecurityGroups'), readCall('ec2.amazonaws.com', 'DescribeSecurityGroupRules')],
  recommendedPattern: eventNamePattern('ec2.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_security_group_changes',
  title: 'An alarm is raised on security group changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that create or delete security groups or add or remove their ingress and egress rules raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'One new ingress rule can expose a database or an admin port to the internet. Alerting on security group changes lets the network owners catch mistakes and deliberate openings while they are still fresh.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for the security group create, delete, authorize and revoke calls, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('SecurityGroupChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('SecurityGroupChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('SecurityGroupChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
