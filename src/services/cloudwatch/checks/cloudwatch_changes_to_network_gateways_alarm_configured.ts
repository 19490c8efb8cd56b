import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

const NAMES = [
  'CreateCustomerGateway',
  'DeleteCustomerGateway',
  'AttachInternetGateway',
  'CreateInternetGateway',
  'DeleteInternetGateway',
  'DetachInternetGateway',
];

export const requirement: AlarmRequirement = {
  what: 'network gateway changes',
  events: writeCalls('ec2.amazonaws.com', NAMES),
  unrelated: [readCall('ec2.amazonaws.com', 'DescribeInternetGateways'), readCall('ec2.amazonaws.com', 'DescribeCustomerGateways')],
  recommendedPattern: eventNamePattern('ec2.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_changes_to_network_gateways_alarm_configured',
  title: 'An alarm is raised on network gateway changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls that create, delete, attach or detach internet gateways or create or delete customer gateways raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter on that group matches each of them without matching unrelated activity, and an alarm with an enabled action watches the metric of the filter.',
  risk: 'Gateways decide which traffic can enter or leave a VPC. Attaching an internet gateway to a private VPC or adding a customer gateway can create a path around every other control, so such changes should never go unnoticed.',
  remediation: {
    text: 'On the log group of a multi-region trail, add a metric filter for the internet and customer gateway create, delete, attach and detach calls, and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
    cli: remediationCli('NetworkGatewayChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('NetworkGatewayChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('NetworkGatewayChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
