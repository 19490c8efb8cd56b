/** The per-region walk of the AWS Backup "does this region have X" checks. */
import type { EvalContext } from '../../core/check.js';
import type { Result } from '../../core/types.js';
import { describeCallError, notAvailableHere } from '../../aws/errors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/**
 * A region's listing: the items, or undefined when AWS Backup is not offered there (no finding) or the
 * listing failed (one ERROR on the account in that region, naming the call).
 */
export function regionList<T>(ctx: Ctx, region: string, list: Result<T[]> | undefined, what: string): T[] | undefined {
  if (!list) return undefined;
  if (list.ok) return list.data;
  if (!notAvailableHere(list.error)) ctx.error(ctx.accountResource(region), list.error, `Could not list the ${what} in ${region}: ${describeCallError(list.error)}.`);
  return undefined;
}

/** Regional results of a fact keyed by region. */
export const byRegion = <T>(entries: Array<{ region: string; result: Result<T> }>): Map<string, Result<T>> =>
  new Map(entries.map(({ region, result }) => [region, result]));
