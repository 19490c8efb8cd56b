/** Shared iteration for the ECS task definition checks. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { listedWith } from '../../lib/resource-policy.js';
import { describeCallError } from '../../aws/errors.js';
import { taskDefinitionList, taskDefinitions, type EcsTaskDefinition } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/** Every readable ACTIVE task definition revision; an unreadable one is reported as ERROR here. */
export function* eachTaskDefinition(ctx: Ctx): Generator<{ td: EcsTaskDefinition; label: string; resource: ResourceRef }> {
  for (const { region, item, entry } of listedWith(ctx, taskDefinitionList, taskDefinitions, 'ECS task definitions')) {
    const name = item.arn.split('/').pop() ?? item.arn;
    const resource = { arn: item.arn, id: name, name, region };
    if (!entry.ok) {
      ctx.error(resource, entry.error, `Could not describe ECS task definition ${name}: ${describeCallError(entry.error)}.`);
      continue;
    }
    yield { td: entry.data, label: `ECS task definition ${name}`, resource };
  }
}

export const names = (list: Array<{ name: string }>): string => list.map((c) => c.name).join(', ');
