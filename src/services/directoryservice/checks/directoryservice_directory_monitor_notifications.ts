import { defineCheck } from '../../../core/check.js';
import { OWNED_TYPES, directories, eventTopics } from '../collectors.js';
import { eachDirectoryWith } from '../directory-checks.js';

export default defineCheck({
  id: 'directoryservice_directory_monitor_notifications',
  title: 'Directory Service directories send status changes to an SNS topic',
  service: 'directoryservice',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['logging'],
  description:
    'For every directory this account owns (Simple AD, Managed Microsoft AD, AD Connector), reads the SNS topics registered for its status notifications and passes when at least one is in the Registered state. A topic that was deleted or failed to register does not count (Prowler counts any topic).',
  risk: 'A directory that becomes Impaired or Inoperable silently breaks sign-in to every workload that depends on it; without a notification nobody learns of it until users complain.',
  remediation: {
    text: 'Register an SNS topic for the directory\'s status notifications and subscribe your operations channel to it.',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_enable_notifications.html',
    cli: 'aws ds register-event-topic --directory-id <directory-id> --topic-name <sns-topic-name>',
    nativeIaC: `# CloudFormation has no event topic registration: create the topic here, then run the CLI command above.
DirectoryStatusTopic:
  Type: AWS::SNS::Topic
  Properties:
    TopicName: directory-status
    Subscription:
      - Protocol: email
        Endpoint: ops@example.com`,
    terraform: `# The AWS provider has no event topic registration: create the topic here, then run the CLI command above.
resource "aws_sns_topic" "directory_status" {
  name = "directory-status"
}

resource "aws_sns_topic_subscription" "ops" {
  topic_arn = aws_sns_topic.directory_status.arn
  protocol  = "email"
  endpoint  = "ops@example.com"
}`,
  },
  uses: [directories, eventTopics],
  run(ctx) {
    for (const { d, resource, data } of eachDirectoryWith(ctx, OWNED_TYPES, eventTopics, 'SNS event topics')) {
      const live = data.filter((t) => t.status === 'Registered');
      if (live.length) ctx.pass(resource, `Directory ${d.id} (${d.name}) sends status notifications to ${live.map((t) => t.topicArn).join(', ')}.`);
      else if (data.length) ctx.fail(resource, `Directory ${d.id} (${d.name}) has no working notification topic (${data.map((t) => `${t.topicArn}: ${t.status}`).join(', ')}).`);
      else ctx.fail(resource, `Directory ${d.id} (${d.name}) has no SNS topic for status notifications.`);
    }
  },
});
