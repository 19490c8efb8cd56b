import { defineCheck } from '../../../core/check.js';
import { eventNamePattern, METRIC_ALARM_FACTS, readCall, remediationCli, remediationCloudFormation, remediationTerraform, reportMetricAlarm, writeCalls, type AlarmRequirement } from '../metric-filters.js';

/** Calls that change the structure, membership or policies of the organization. */
const NAMES = [
  'AcceptHandshake',
  'AttachPolicy',
  'CreateAccount',
  'CreateOrganizationalUnit',
  'CreatePolicy',
  'DeclineHandshake',
  'DeleteOrganization',
  'DeleteOrganizationalUnit',
  'DeletePolicy',
  'DetachPolicy',
  'DisablePolicyType',
  'EnablePolicyType',
  'InviteAccountToOrganization',
  'LeaveOrganization',
  'MoveAccount',
  'RemoveAccountFromOrganization',
  'UpdateOrganizationalUnit',
  'UpdatePolicy',
];

export const requirement: AlarmRequirement = {
  what: 'AWS Organizations changes',
  events: writeCalls('organizations.amazonaws.com', NAMES),
  unrelated: [readCall('organizations.amazonaws.com', 'DescribeOrganization')],
  recommendedPattern: eventNamePattern('organizations.amazonaws.com', NAMES),
};

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_aws_organizations_changes',
  title: 'An alarm is raised on AWS Organizations changes',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsCloudWatchAlarm',
  categories: ['logging'],
  description:
    'Checks that calls changing the organization (accounts joining, leaving or moving, organizational units, service control and other policies, handshakes) raise a CloudWatch alarm: a logging multi-region trail records them and sends them to a log group of this account, a metric filter matches each of them without matching read-only calls, and an alarm with an enabled action watches the filter\'s metric.',
  risk: 'Whoever can change the organization can detach the guardrails every member account relies on, move accounts out of their controls, or remove them altogether. Such changes are rare and should always be noticed.',
  remediation: {
    text: 'On the log group of a multi-region trail in the management account, add a metric filter for the Organizations change calls and an alarm on its metric that notifies a monitored SNS topic.',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_security_incident-response.html',
    cli: remediationCli('OrganizationsChanges', requirement.recommendedPattern),
    terraform: remediationTerraform('OrganizationsChanges', requirement.recommendedPattern),
    nativeIaC: remediationCloudFormation('OrganizationsChanges', requirement.recommendedPattern),
  },
  uses: METRIC_ALARM_FACTS,
  run: (ctx) => reportMetricAlarm(ctx, requirement),
});
