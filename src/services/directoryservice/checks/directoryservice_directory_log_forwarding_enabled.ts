import { defineCheck } from '../../../core/check.js';
import { directories, logSubscriptions } from '../collectors.js';
import { eachDirectoryWith } from '../directory-checks.js';

export default defineCheck({
  id: 'directoryservice_directory_log_forwarding_enabled',
  title: 'Managed Microsoft AD directories forward their security logs to CloudWatch Logs',
  service: 'directoryservice',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['logging'],
  description:
    'For every AWS Managed Microsoft AD directory, reads its log subscriptions and passes when the domain controllers\' security event logs are forwarded to a CloudWatch Logs group. Simple AD and AD Connector are skipped: AWS offers log forwarding only for Managed Microsoft AD (AD Connector\'s domain controllers are your own).',
  risk:
    'Without forwarded security logs, failed logons, account lockouts, group membership changes and other directory events stay on the domain controllers AWS manages for you, out of reach of alerting and investigation.',
  remediation: {
    text: 'Create a CloudWatch Logs group whose resource policy lets ds.amazonaws.com write to it, then enable log forwarding for the directory.',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_enable_log_forwarding.html',
    cli: 'aws ds create-log-subscription --directory-id <directory-id> --log-group-name /aws/directoryservice/<directory-id>',
    nativeIaC: `# CloudFormation has no log subscription resource: create the group and its policy here,
# then run the CLI command above.
DirectoryLogs:
  Type: AWS::Logs::LogGroup
  Properties:
    LogGroupName: /aws/directoryservice/<directory-id>
    RetentionInDays: 365
DirectoryLogsPolicy:
  Type: AWS::Logs::ResourcePolicy
  Properties:
    PolicyName: directory-service-logs
    PolicyDocument: !Sub '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ds.amazonaws.com"},"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"\${DirectoryLogs.Arn}"}]}'`,
    terraform: `resource "aws_directory_service_log_subscription" "this" {
  directory_id   = aws_directory_service_directory.this.id
  log_group_name = aws_cloudwatch_log_group.directory.name
}`,
  },
  uses: [directories, logSubscriptions],
  run(ctx) {
    for (const { d, resource, data } of eachDirectoryWith(ctx, ['MicrosoftAD'], logSubscriptions, 'log subscriptions')) {
      if (data.length) ctx.pass(resource, `Directory ${d.id} (${d.name}) forwards its security logs to ${data.join(', ')}.`);
      else ctx.fail(resource, `Directory ${d.id} (${d.name}) does not forward its security logs to CloudWatch Logs.`);
    }
  },
});
