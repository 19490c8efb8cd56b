/** Shared iteration for the Auto Scaling group checks. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { listed } from '../../lib/resource-policy.js';
import { groups, launchConfigurations, type AutoScalingGroup, type LaunchConfiguration } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

export function* eachGroup(ctx: Ctx): Generator<{ region: string; group: AutoScalingGroup; resource: ResourceRef }> {
  for (const { region, result } of ctx.regional(groups)) {
    for (const group of listed(ctx, region, result, 'Auto Scaling groups')) {
      yield { region, group, resource: { arn: group.arn, id: group.name, name: group.name, region } };
    }
  }
}

/**
 * Every group that uses a launch configuration, with it. When the launch configurations could not be
 * read, each such group is reported as ERROR here.
 */
export function* groupsWithLaunchConfiguration(ctx: Ctx): Generator<{ group: AutoScalingGroup; lc: LaunchConfiguration | undefined; resource: ResourceRef }> {
  const lcs = new Map(ctx.regional(launchConfigurations).map(({ region, result }) => [region, result]));
  for (const { region, group, resource } of eachGroup(ctx)) {
    if (!group.launchConfigurationName) continue;
    const list = lcs.get(region)!;
    if (!list.ok) {
      ctx.error(resource, list.error, `Could not read launch configuration ${group.launchConfigurationName} of Auto Scaling group ${group.name}.`);
      continue;
    }
    yield { group, lc: list.data.find((l) => l.name === group.launchConfigurationName), resource };
  }
}
