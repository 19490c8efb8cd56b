/**
 * Shared judgement of the RDS event-subscription checks: does an enabled subscription cover a source
 * type (for every source of that type) and the given event categories? A subscription with no source
 * type covers every source type; one with no categories covers every category. A subscription limited to
 * some source ids does not cover resources created later, so it does not count.
 */
import type { EvalContext } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import { describeCallError } from '../../core/types.js';
import { listed } from '../../lib/resource-policy.js';
import { eventSubscriptions, type EventSubscription } from './collectors.js';

export function covers(s: EventSubscription, sourceType: string, categories: string[]): boolean {
  if (!s.enabled || s.sourceIds.length > 0) return false;
  if (s.sourceType !== undefined && s.sourceType !== sourceType) return false;
  return s.categories.length === 0 || categories.every((c) => s.categories.includes(c));
}

/**
 * One finding per region on the account: PASS naming a covering subscription, FAIL otherwise. With
 * scan_unused_services false, a region without any `inUse` resource is skipped.
 */
export function judgeSubscriptions(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  opts: { sourceType: string; categories: string[]; what: string; inUse?: Fact<unknown[]> },
): void {
  const used = new Map(opts.inUse ? ctx.regional(opts.inUse).map(({ region, result }) => [region, result]) : []);
  for (const { region, result } of ctx.regional(eventSubscriptions)) {
    const inUse = used.get(region);
    if (opts.inUse && !ctx.params.scan_unused_services) {
      if (!inUse || !inUse.ok) {
        if (inUse && !inUse.ok) ctx.error(ctx.accountResource(region), inUse.error, `Could not tell whether ${region} has ${opts.what}: ${describeCallError(inUse.error)}.`);
        continue;
      }
      if (inUse.data.length === 0) continue;
    }
    const subs = listed(ctx, region, result, 'RDS event subscriptions');
    if (!result.ok) continue;
    const good = subs.find((s) => covers(s, opts.sourceType, opts.categories));
    const resource = ctx.accountResource(region);
    const cats = opts.categories.map((c) => `"${c}"`).join(' and ');
    if (good) ctx.pass(resource, `RDS event subscription ${good.name} in ${region} notifies ${cats} events of every ${opts.sourceType}.`);
    else ctx.fail(resource, `No enabled RDS event subscription in ${region} covers ${cats} events for all sources of type ${opts.sourceType}.`);
  }
}
