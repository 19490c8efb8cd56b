/** Shared iteration for the EKS checks. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { listedWith } from '../../lib/resource-policy.js';
import { describeCallError } from '../../aws/errors.js';
import { clusterList, clusters, type EksCluster } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/** Every described cluster; a cluster that could not be described is reported as ERROR here. */
export function* eachCluster(ctx: Ctx): Generator<{ cluster: EksCluster; resource: ResourceRef }> {
  for (const { region, item, entry } of listedWith(ctx, clusterList, clusters, 'EKS clusters')) {
    const resource = { arn: item.arn, id: item.name, name: item.name, region };
    if (!entry.ok) {
      ctx.error(resource, entry.error, `Could not describe EKS cluster ${item.name}: ${describeCallError(entry.error)}.`);
      continue;
    }
    yield { cluster: entry.data, resource };
  }
}
