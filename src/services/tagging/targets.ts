/**
 * Which tags to read: only for the regions and services that have findings to tag. A scan of IAM checks
 * (`-c check11`) reads no tags at all (IAM is not covered by the Resource Groups Tagging API and the
 * account itself is no taggable resource); a scan whose findings are S3 buckets in two regions asks
 * those two regions, for S3 only.
 *
 * The tags are read while the collection runs (TagCollector): each check is evaluated without tags as soon
 * as the facts it uses are in, and once most checks are known the tags of their regions and services are
 * read while the slowest collectors (CloudTrail's LookupEvents at two calls a second, IAM's per-user calls)
 * finish. At the end only the (region, service) pairs not read yet are asked for, usually none.
 */
import type { Result } from '../../core/types.js';
import type { Check } from '../../core/check.js';
import type { Fact } from '../../core/fact.js';
import type { ClientPool } from '../../aws/client.js';
import { collect } from '../../core/collect.js';
import { evaluate, type EvaluateOptions } from '../../core/evaluate.js';
import type { Inventory } from '../../core/inventory.js';
import { resourceTagsFor, type ResourceTags } from './collectors.js';

/** Services of ARNs the Resource Groups Tagging API does not answer for (IAM has its own tags, read with the users and roles). */
const UNTAGGABLE = new Set(['iam', 'sts', 'organizations', 'account']);

/** Share of the checks whose targets must be known before the first tags are read, during the collection. */
export const EARLY_TAGS_SHARE = 0.9;

export interface TagTargets {
  /** Region -> ARN service prefixes (the API's ResourceTypeFilters) with findings there. */
  byRegion: Map<string, Set<string>>;
}

/** Adds a resource's region and ARN service to the targets, if the tagging API can describe it. */
export function addTagTarget({ byRegion }: TagTargets, region: string, arn: string | undefined): void {
  if (!arn?.startsWith('arn:')) return;
  const service = arn.split(':')[2];
  if (!service || UNTAGGABLE.has(service)) return;
  let set = byRegion.get(region);
  if (!set) byRegion.set(region, (set = new Set()));
  set.add(service);
}

/**
 * Learns the tag targets check by check as the collection completes facts (factDone), reads the tags of
 * the targets known once EARLY_TAGS_SHARE of the checks are evaluated, and at finish() reads what is left
 * and stores one tag table per region in the inventory. Regions with nothing to tag get an empty table
 * (read, nothing there), so the reports do not warn that their tags could not be read.
 */
export class TagCollector {
  /** Checks by the id of a fact they use, and how many of each check's facts are still being collected. */
  private readonly checksByFact = new Map<string, Check[]>();
  private readonly factsLeft = new Map<Check, number>();
  /** Units (regions, or one for a global fact) still being collected, by fact id. */
  private readonly unitsLeft = new Map<string, number>();
  private readonly targets: TagTargets = { byRegion: new Map() };
  /** Region -> services whose tags were asked for. */
  private readonly asked = new Map<string, Set<string>>();
  private readonly rounds: Promise<void>[] = [];
  private readonly results = new Map<string, Result<ResourceTags>[]>();
  private evaluated = 0;
  private readonly early: number;

  constructor(
    private readonly inventory: Inventory,
    private readonly pool: ClientPool,
    checks: readonly Check[],
    private readonly options: EvaluateOptions,
  ) {
    const regions = inventory.meta.regions.length;
    for (const check of checks) {
      const ids = new Set(check.uses.map((f) => f.id));
      this.factsLeft.set(check, ids.size);
      for (const f of check.uses) {
        if (!this.unitsLeft.has(f.id)) this.unitsLeft.set(f.id, f.scope === 'global' ? 1 : regions);
      }
      for (const id of ids) {
        const list = this.checksByFact.get(id);
        if (list) list.push(check);
        else this.checksByFact.set(id, [check]);
      }
    }
    this.early = Math.ceil(checks.length * EARLY_TAGS_SHARE);
  }

  /** A fact was collected in a region (the collection's onFactDone): evaluate the checks that now have all their data. */
  factDone(fact: Fact<unknown>): void {
    const left = this.unitsLeft.get(fact.id);
    if (left === undefined || left === 0) return; // a dependency no check uses directly, or already counted
    this.unitsLeft.set(fact.id, left - 1);
    if (left > 1) return;
    for (const check of this.checksByFact.get(fact.id) ?? []) {
      const n = this.factsLeft.get(check)! - 1;
      this.factsLeft.set(check, n);
      if (n === 0) this.learn(check);
    }
    if (this.evaluated >= this.early && this.rounds.length === 0) this.read();
  }

  /** Evaluate what is left (checks whose facts never reported, checks that use none), read the rest, store the tables. */
  async finish(): Promise<TagTargets> {
    for (const [check, n] of this.factsLeft) if (n > 0 || !check.uses.length) this.learn(check);
    this.read();
    await Promise.all(this.rounds);
    const fact = resourceTagsFor();
    for (const region of this.inventory.meta.regions) {
      const results = this.results.get(region) ?? [];
      const failed = results.find((r) => !r.ok);
      if (failed) this.inventory.set(fact, region, failed);
      else this.inventory.set(fact, region, { ok: true, data: Object.assign({}, ...results.map((r) => (r.ok ? r.data : {}))) });
    }
    return this.targets;
  }

  private learn(check: Check): void {
    this.factsLeft.set(check, -1);
    this.evaluated++;
    const onResource = (region: string, arn: string) => addTagTarget(this.targets, region, arn);
    for (const _ of evaluate([check], this.inventory, { ...this.options, muter: undefined, resourceTags: undefined, onResource })) {
      // onResource learns each finding's resource; none is built
    }
  }

  /** Ask for the targets not asked for yet, in one round of calls (one service filter list for its regions). */
  private read(): void {
    const regions: string[] = [];
    const services = new Set<string>();
    for (const [region, wanted] of this.targets.byRegion) {
      const asked = this.asked.get(region) ?? new Set<string>();
      const missing = [...wanted].filter((s) => !asked.has(s));
      if (!missing.length) continue;
      regions.push(region);
      missing.forEach((s) => services.add(s));
    }
    if (!regions.length) {
      this.rounds.push(Promise.resolve()); // marks the early round as done: nothing to read yet
      return;
    }
    const list = [...services].sort();
    for (const region of regions) {
      const asked = this.asked.get(region) ?? new Set<string>();
      list.forEach((s) => asked.add(s));
      this.asked.set(region, asked);
    }
    const fact = resourceTagsFor(list);
    const { finishedAt: _f, ...meta } = this.inventory.meta;
    this.rounds.push(
      collect([fact], { pool: this.pool, meta: { ...meta, regions } }).then((tagged) => {
        for (const region of regions) {
          const list = this.results.get(region) ?? [];
          list.push(tagged.get(fact, region));
          this.results.set(region, list);
        }
      }),
    );
  }
}
