import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'CreateVpc',
  'DeleteVpc',
  'ModifyVpcAttribute',
  'AcceptVpcPeeringConnection',
  'CreateVpcPeeringConnection',
  'DeleteVpcPeeringConnection',
  'RejectVpcPeeringConnection',
  'AttachClassicLinkVpc',
  'DetachClassicLinkVpc',
  'DisableVpcClassicLink',
  'EnableVpcClassicLink',
];

export const requirement: AlarmRequirement = {
  what: 'VPC changes',
  events: writeCalls('ec2.amazonaws.com', NAMES),
  unrelated: [readCall('ec2.amazonaws.com', 'DescribeVpcs'), readCall('ec2.amazonaws.com', 'DescribeVpcPeeringConnections')],
  recommendedPattern: eventNamePattern('ec2.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_changes_to_vpcs_alarm_configured',
  title: 'An alarm is raised on VPC changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that create, delete or modify VPCs, VPC peering connections or (retired) ClassicLink settings raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'New VPCs, peering connections and changed VPC attributes alter which networks can talk to each other. An unexpected peering connection in particular can join a production network to an untrusted one.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for the VPC and VPC peering create, modify, accept, reject and delete calls (and the ClassicLink calls CIS still lists), and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('VpcChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('VpcChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('VpcChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
