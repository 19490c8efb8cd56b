import { defineCheck } from '../../../core/check.js';
import { eventBuses } from '../collectors.js';
import { judgePolicy, listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'eventbridge_bus_exposed',
  title: 'EventBridge event buses do not accept events from every AWS account',
  service: 'eventbridge',
  severity: 'high',
  resourceType: 'AwsEventsEventbus',
  categories: ['internet-exposed'],
  description:
    'Reads the resource policy of every event bus (default, custom and partner buses) and flags buses whose policy allows any AWS account to act on them without a condition that limits the callers to this account or an organization.',
  risk:
    'A bus open to every account lets outsiders inject events that trigger your rules and their targets (Lambda functions, Step Functions, queues), which can start workflows with attacker-chosen input or flood downstream systems.',
  remediation: {
    text: 'Replace the statements that allow everyone with statements naming the accounts that must send events, or add an aws:PrincipalOrgID condition for your organization.',
    url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html',
    cli: 'aws events remove-permission --event-bus-name <bus-name> --statement-id <statement-id>',
    terraform:
      'resource "aws_cloudwatch_event_bus_policy" "this" {\n  event_bus_name = "<bus-name>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "partner-account"\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<trusted-account-id>:root" }\n      Action    = "events:PutEvents"\n      Resource  = "arn:aws:events:<region>:<account-id>:event-bus/<bus-name>"\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  PartnerCanPutEvents:\n    Type: AWS::Events::EventBusPolicy\n    Properties:\n      EventBusName: <bus-name>\n      StatementId: partner-account\n      Statement:\n        Effect: Allow\n        Principal: { AWS: \'arn:aws:iam::<trusted-account-id>:root\' }\n        Action: events:PutEvents\n        Resource: arn:aws:events:<region>:<account-id>:event-bus/<bus-name>',
  },
  uses: [eventBuses],
  run(ctx) {
    for (const { region, result } of ctx.regional(eventBuses)) {
      for (const bus of listed(ctx, region, result, 'EventBridge event buses')) {
        judgePolicy(
          ctx,
          {
            resource: { arn: bus.arn, id: bus.name, name: bus.name, region },
            label: `Event bus ${bus.name}`,
            policyName: 'resource policy',
            operation: eventBuses.operation,
          },
          { ok: true, data: bus.policy },
        );
      }
    }
  },
});
