/** Shared walk over the RDS instances of every scanned region, for the per-instance checks. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { instances, type DbInstance } from './collectors.js';

export const instanceResource = (i: DbInstance, region: string): ResourceRef => ({
  arn: i.arn,
  id: i.id,
  region,
  tags: i.tags,
  details: { engine: i.engine, ...(i.clusterId ? { cluster: i.clusterId } : {}) },
});

/**
 * Calls `visit` for every instance. A region whose instance list could not be read gets one ERROR
 * finding on the account; a region with no instances gets nothing.
 */
export function eachInstance(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  visit: (instance: DbInstance, resource: ResourceRef, region: string) => void,
): void {
  for (const { region, result } of ctx.regional(instances)) {
    if (!result.ok) {
      ctx.error(ctx.accountResource(region), result.error);
      continue;
    }
    for (const i of result.data) visit(i, instanceResource(i, region), region);
  }
}
