/** Shared iteration for the ECR repository checks. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { listed } from '../../lib/resource-policy.js';
import { repositories, type Repository } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

export function* eachRepository(ctx: Ctx): Generator<{ region: string; repo: Repository; resource: ResourceRef }> {
  for (const { region, result } of ctx.regional(repositories)) {
    for (const repo of listed(ctx, region, result, 'ECR repositories')) {
      yield { region, repo, resource: { arn: repo.arn, id: repo.name, name: repo.name, region } };
    }
  }
}
