/** Fixture builders for the ECS check tests. */
import type { EcsContainer, EcsTaskDefinition } from './collectors.js';
import { taskDefinitionList, taskDefinitions } from './collectors.js';
import { FixtureInventory, denied } from '../../../test/helpers/check.js';

export const tdArn = (family: string, revision = 1) => `arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:${revision}`;

export function container(name: string, o: Partial<EcsContainer> = {}): EcsContainer {
  return { name, privileged: false, readonlyRootFilesystem: true, user: '1000', logDriver: 'awslogs', logMode: 'non-blocking', envNames: [], envSecrets: [], ...o };
}

export function td(family: string, containers: EcsContainer[], o: Partial<EcsTaskDefinition> = {}): EcsTaskDefinition {
  return { arn: tdArn(family), family, revision: 1, networkMode: 'awsvpc', containers, ...o };
}

/** An inventory with these task definitions, plus one whose DescribeTaskDefinition was denied ('ERROR'). */
export function withTaskDefinitions(defs: EcsTaskDefinition[], deniedFamily?: string): FixtureInventory {
  const list = defs.map((d) => ({ arn: d.arn }));
  const map: Record<string, { ok: true; data: EcsTaskDefinition } | { ok: false; error: ReturnType<typeof denied> }> = Object.fromEntries(
    defs.map((d) => [d.arn, { ok: true as const, data: d }]),
  );
  if (deniedFamily) {
    list.push({ arn: tdArn(deniedFamily) });
    map[tdArn(deniedFamily)] = { ok: false, error: denied('ecs:DescribeTaskDefinition') };
  }
  return new FixtureInventory().set(taskDefinitionList, list).set(taskDefinitions, map);
}
