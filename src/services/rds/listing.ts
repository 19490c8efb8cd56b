/**
 * The walk every "one listed resource, one verdict" check of the data services does (RDS family,
 * DynamoDB, OpenSearch, Redshift, ...): each item of a regional listing fact, with a resource reference; a
 * region whose listing failed gets one ERROR on the account there, naming the call.
 */
import type { EvalContext } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import type { ResourceRef } from '../../core/types.js';
import { listed } from '../../lib/resource-policy.js';

export interface Listed {
  id: string;
  arn: string;
  name?: string;
  tags?: Record<string, string>;
}

export const listedResource = (x: Listed, region: string): ResourceRef => ({
  arn: x.arn,
  id: x.id,
  ...(x.name ? { name: x.name } : {}),
  region,
  ...(x.tags ? { tags: x.tags } : {}),
});

export function eachListed<T extends Listed>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  fact: Fact<T[]>,
  what: string,
  visit: (item: T, resource: ResourceRef, region: string) => void,
): void {
  for (const { region, result } of ctx.regional(fact)) {
    for (const x of listed(ctx, region, result, what)) visit(x, listedResource(x, region), region);
  }
}
