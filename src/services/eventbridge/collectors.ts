/**
 * EventBridge collectors: the event buses of a region. ListEventBuses returns each bus's resource
 * policy, so no per-bus DescribeEventBus call is needed.
 */
import { defineFact } from '../../core/fact.js';

export interface EventBus {
  name: string;
  arn: string;
  /** Resource policy (JSON text), or null when the bus has none. */
  policy: string | null;
}

export const eventBuses = defineFact<EventBus[]>({
  id: 'events.eventBuses',
  service: 'events',
  scope: 'regional',
  operation: 'events:ListEventBuses',
  async collect(ctx) {
    const { ListEventBusesCommand } = await import('@aws-sdk/client-eventbridge');
    const events = await ctx.client('events');
    const out: EventBus[] = [];
    let NextToken: string | undefined;
    do {
      const page = await events.send(new ListEventBusesCommand({ NextToken, Limit: Math.min(ctx.pageSize, 100) }));
      for (const b of page.EventBuses ?? []) {
        if (b.Name && b.Arn) out.push({ name: b.Name, arn: b.Arn, policy: b.Policy || null });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  },
});
