import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'CreateRoute',
  'CreateRouteTable',
  'ReplaceRoute',
  'ReplaceRouteTableAssociation',
  'DeleteRouteTable',
  'DeleteRoute',
  'DisassociateRouteTable',
];

export const requirement: AlarmRequirement = {
  what: 'route table changes',
  events: writeCalls('ec2.amazonaws.com', NAMES),
  unrelated: [readCall('ec2.amazonaws.com', 'DescribeRouteTables')],
  recommendedPattern: eventNamePattern('ec2.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_changes_to_network_route_tables_alarm_configured',
  title: 'An alarm is raised on route table changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that create, replace or delete routes and route tables or change their subnet associations raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: "A single changed route can send a subnet's traffic through an unexpected appliance or out to the internet. Alerting on route changes keeps traffic flowing only along the paths that were designed and reviewed.",
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for the route and route table create, replace, delete and association calls, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('RouteTableChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('RouteTableChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('RouteTableChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
