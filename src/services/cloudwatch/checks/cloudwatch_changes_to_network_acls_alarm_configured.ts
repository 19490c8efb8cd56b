import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'CreateNetworkAcl',
  'CreateNetworkAclEntry',
  'DeleteNetworkAcl',
  'DeleteNetworkAclEntry',
  'ReplaceNetworkAclEntry',
  'ReplaceNetworkAclAssociation',
];

export const requirement: AlarmRequirement = {
  what: 'network ACL changes',
  events: writeCalls('ec2.amazonaws.com', NAMES),
  unrelated: [readCall('ec2.amazonaws.com', 'DescribeNetworkAcls')],
  recommendedPattern: eventNamePattern('ec2.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_changes_to_network_acls_alarm_configured',
  title: 'An alarm is raised on network ACL changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that create, delete or replace network ACLs, their entries or their subnet associations raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'Network ACLs are the stateless guard at subnet level. A changed entry or association can silently open whole subnets or cut them off, so every change should reach the people responsible for the network.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for the network ACL create, delete and replace calls, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('NetworkAclChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('NetworkAclChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('NetworkAclChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
