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
