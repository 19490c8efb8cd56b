/**
 * Which tags to read: only for the regions and services that have findings to tag. A scan of IAM checks
 * (`-c check11`) reads no tags at all (IAM is not covered by the Resource Groups Tagging API and the
 * account itself is no taggable resource); a scan whose findings are S3 buckets in two regions asks
 * those two regions, for S3 only.
 */
import type { Finding } from '../../core/types.js';
import type { Check } from '../../core/check.js';
import type { ClientPool } from '../../aws/client.js';
import { collect } from '../../core/collect.js';
import { evaluate, type EvaluateOptions } from '../../core/evaluate.js';
import type { Inventory } from '../../core/inventory.js';
import { resourceTagsFor } from './collectors.js';

/** Services of ARNs the Resource Groups Tagging API does not answer for (IAM has its own tags, read with the users and roles). */
const UNTAGGABLE = new Set(['iam', 'sts', 'organizations', 'account']);

export interface TagTargets {
  /** Region -> ARN service prefixes (the API's ResourceTypeFilters) with findings there. */
  byRegion: Map<string, Set<string>>;
}

/** The regions and services of the findings' resources that the tagging API can describe. */
export function tagTargets(findings: Iterable<Pick<Finding, 'region' | 'resource'>>): TagTargets {
  const byRegion = new Map<string, Set<string>>();
  for (const f of findings) {
    const arn = f.resource.arn;
    if (!arn?.startsWith('arn:')) continue;
    const service = arn.split(':')[2];
    if (!service || UNTAGGABLE.has(service)) continue;
    let set = byRegion.get(f.region);
    if (!set) byRegion.set(f.region, (set = new Set()));
    set.add(service);
  }
  return { byRegion };
}

/** The services to ask for, over every region: one filter list for the whole collection. */
export function targetServices(t: TagTargets): string[] {
  return [...new Set([...t.byRegion.values()].flatMap((s) => [...s]))].sort();
}

/**
 * Evaluate once without tags to learn which regions and services have findings, then read the tags of
 * those only. Regions with nothing to tag get an empty tag table (read, nothing there), so the reports do
 * not warn that their tags could not be read.
 */
export async function collectTags(inventory: Inventory, pool: ClientPool, checks: Check[], options: EvaluateOptions): Promise<TagTargets> {
  const targets = tagTargets(evaluate(checks, inventory, { ...options, muter: undefined, resourceTags: undefined }));
  const fact = resourceTagsFor(targetServices(targets));
  const regions = inventory.meta.regions.filter((r) => targets.byRegion.has(r));
  for (const r of inventory.meta.regions) if (!regions.includes(r)) inventory.set(fact, r, { ok: true, data: {} });
  if (regions.length === 0) return targets;
  const { finishedAt: _f, ...meta } = inventory.meta;
  const tagged = await collect([fact], { pool, meta: { ...meta, regions } });
  for (const r of regions) inventory.set(fact, r, tagged.get(fact, r));
  return targets;
}
