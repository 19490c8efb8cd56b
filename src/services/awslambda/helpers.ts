/** Shared iteration for the Lambda checks: every listed function of every scanned region, as a resource. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { listed } from '../../lib/resource-policy.js';
import { functions, type LambdaFunction } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

export function* eachFunction(ctx: Ctx): Generator<{ region: string; fn: LambdaFunction; resource: ResourceRef }> {
  for (const { region, result } of ctx.regional(functions)) {
    for (const fn of listed(ctx, region, result, 'Lambda functions')) {
      yield { region, fn, resource: { arn: fn.arn, id: fn.name, name: fn.name, region } };
    }
  }
}

/** The account id in an ARN (field 5). */
export const accountOf = (arn: string): string => arn.split(':')[4] ?? '';
