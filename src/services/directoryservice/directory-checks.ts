/** Shared walk for the Directory Service checks: each directory of the applicable types with its per-directory entry. */
import type { EvalContext } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import type { ResourceRef, Result } from '../../core/types.js';
import { describeCallError } from '../../aws/errors.js';
import { entryFor, listed } from '../../lib/resource-policy.js';
import { directories, type Directory } from './collectors.js';

export const directoryResource = (d: Directory, region: string): ResourceRef => ({ arn: d.arn, id: d.id, name: d.name, region, details: { type: d.type } });

/** Directories of `types` in every region (not being deleted). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function* eachDirectory(ctx: EvalContext<any>, types: readonly string[]): Generator<{ d: Directory; region: string; resource: ResourceRef }> {
  for (const { region, result } of ctx.regional(directories)) {
    for (const d of listed(ctx, region, result, 'Directory Service directories')) {
      if (!types.includes(d.type) || ['Deleting', 'Deleted', 'Failed'].includes(d.stage)) continue;
      yield { d, region, resource: directoryResource(d, region) };
    }
  }
}

/**
 * Each applicable directory with its entry of a per-directory fact; an unreadable entry is an ERROR, and
 * a null entry (the call does not apply to the directory) is skipped.
 */
export function* eachDirectoryWith<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: EvalContext<any>,
  types: readonly string[],
  fact: Fact<Record<string, Result<T | null>>>,
  what: string,
): Generator<{ d: Directory; resource: ResourceRef; data: T }> {
  const byRegion = new Map(ctx.regional(fact).map(({ region, result }) => [region, result]));
  for (const { d, region, resource } of eachDirectory(ctx, types)) {
    const regional = byRegion.get(region);
    if (!regional) continue;
    const entry = entryFor(regional, d.arn, fact.operation);
    if (!entry.ok) {
      ctx.error(resource, entry.error, `Could not read the ${what} of directory ${d.id}: ${describeCallError(entry.error)}.`);
      continue;
    }
    if (entry.data === null) continue;
    yield { d, resource, data: entry.data };
  }
}

/** RADIUS settings as code, shared by the two RADIUS checks (CloudFormation has no RADIUS resource: see src/iac-none.ts). */
export const RADIUS_REMEDIATION = {
  terraform: `resource "aws_directory_service_radius_settings" "this" {
  directory_id            = aws_directory_service_directory.this.id
  authentication_protocol = "MS-CHAPv2"
  radius_servers          = ["10.0.1.5"]
  radius_port             = 1812
  radius_retries          = 3
  radius_timeout          = 5
  shared_secret           = var.radius_shared_secret
}`,
};
