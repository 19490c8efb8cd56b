import { defineCheck } from '../../../core/check.js';
import { topicAttributes, topics } from '../collectors.js';
import { judgePolicy, listedWith } from '../../../lib/resource-policy.js';
import type { Result } from '../../../core/types.js';

export default defineCheck({
  id: 'sns_topics_not_publicly_accessible',
  title: 'SNS topic access policies do not allow everyone to publish or subscribe',
  service: 'sns',
  severity: 'high',
  resourceType: 'AwsSnsTopic',
  categories: ['internet-exposed'],
  description:
    'Reads the access policy of every SNS topic and flags topics whose policy allows any principal without a condition (such as aws:SourceOwner, aws:SourceAccount or aws:PrincipalOrgID) that narrows it to this account or an organization.',
  risk:
    'A topic anyone may publish to lets outsiders send forged notifications to every subscriber and trigger the systems behind them; a topic anyone may subscribe to leaks every message it carries.',
  remediation: {
    text: 'Edit the topic access policy so that its statements name specific principals, or add a condition tying the callers to your account or organization.',
    url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    cli: "aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://policy.json",
    terraform:
      'resource "aws_sns_topic_policy" "this" {\n  arn = "<topic-arn>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { Service = "events.amazonaws.com" }\n      Action    = "sns:Publish"\n      Resource  = "<topic-arn>"\n      Condition = { StringEquals = { "aws:SourceAccount" = "<account-id>" } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  TopicPolicy:\n    Type: AWS::SNS::TopicPolicy\n    Properties:\n      Topics:\n        - <topic-arn>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { Service: events.amazonaws.com }\n            Action: sns:Publish\n            Resource: <topic-arn>\n            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId',
  },
  uses: [topics, topicAttributes],
  run(ctx) {
    for (const { region, item: topic, entry } of listedWith(ctx, topics, topicAttributes, 'SNS topics')) {
      const resource = { arn: topic.arn, id: topic.name, name: topic.name, region };
      const policy: Result<string | null> = entry.ok ? { ok: true, data: entry.data.policy } : entry;
      judgePolicy(ctx, { resource, label: `SNS topic ${topic.name}`, policyName: 'access policy', operation: topicAttributes.operation }, policy);
    }
  },
});
