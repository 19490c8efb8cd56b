import { defineCheck } from '../../../core/check.js';
import { queueAttributes, queues } from '../collectors.js';
import { judgePolicy, listedWith } from '../../../lib/resource-policy.js';
import type { Result } from '../../../core/types.js';

export default defineCheck({
  id: 'sqs_queues_not_publicly_accessible',
  title: 'SQS queue policies do not allow everyone to send, receive or manage messages',
  service: 'sqs',
  severity: 'critical',
  resourceType: 'AwsSqsQueue',
  categories: ['internet-exposed'],
  description:
    'Reads the access policy of every SQS queue and flags queues whose policy allows any principal without a condition that narrows it to this account, an organization, a source ARN or a network.',
  risk:
    'A queue open to everyone lets outsiders read or delete the messages it holds, or inject messages that consumers will process as if they came from a trusted producer.',
  remediation: {
    text: 'Rewrite the queue policy so it names the producer and consumer principals, or add conditions such as aws:SourceArn or aws:PrincipalOrgID to the statements that use Principal "*".',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes file://policy-attributes.json',
    terraform:
      'resource "aws_sqs_queue_policy" "this" {\n  queue_url = "<queue-url>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { Service = "sns.amazonaws.com" }\n      Action    = "sqs:SendMessage"\n      Resource  = "<queue-arn>"\n      Condition = { ArnEquals = { "aws:SourceArn" = "<topic-arn>" } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  QueuePolicy:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues:\n        - <queue-url>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { Service: sns.amazonaws.com }\n            Action: sqs:SendMessage\n            Resource: <queue-arn>\n            Condition:\n              ArnEquals:\n                aws:SourceArn: <topic-arn>',
  },
  uses: [queues, queueAttributes],
  run(ctx) {
    for (const { region, item: queue, entry } of listedWith(ctx, queues, queueAttributes, 'SQS queues')) {
      const resource = { arn: queue.arn, id: queue.name, name: queue.name, region, details: { url: queue.url } };
      const policy: Result<string | null> = entry.ok ? { ok: true, data: entry.data.policy } : entry;
      judgePolicy(ctx, { resource, label: `SQS queue ${queue.name}`, policyName: 'access policy', operation: queueAttributes.operation }, policy);
    }
  },
});
