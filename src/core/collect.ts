/**
 * Collection: run every planned fact once per region (global facts once), all regions and services
 * concurrently. Calls are scheduled by the client pool's per-(region, service) queues; a failed fact is
 * stored as an error in the inventory and never stops the scan.
 */
import { toCallError } from '../aws/errors.js';
import type { ClientPool } from '../aws/client.js';
import type { CollectContext, Fact, ParamValue } from './fact.js';
import type { Check, Params } from './check.js';
import { Inventory, type InventoryMeta } from './inventory.js';
import type { CallError, Result } from './types.js';

/** Thrown by ctx.need() so a fact fails with its dependency's own error, unchanged. */
class DependencyFailed extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
}

export interface CollectOptions {
  pool: ClientPool;
  meta: Omit<InventoryMeta, 'finishedAt'>;
  pageSize?: number;
  /** Promises of the facts' start() hooks that already ran, by fact id. */
  started?: ReadonlyMap<string, Promise<unknown>>;
  /** Prowler config keys in force for the selected checks (see CollectContext.setting and scanSettings). */
  settings?: Readonly<Record<string, ParamValue>>;
  /** Called as each (fact, region) is stored, with the inventory being filled. */
  onFactDone?: (fact: Fact<unknown>, region: string, result: Result<unknown>, inventory: Inventory) => void;
}

/**
 * Every fact to collect, once, in a stable order. Facts are identified by id: a custom check that imports
 * prowl's published facts gets the same fact as the built-in checks (the catalogue test keeps ids unique).
 */
export function planFacts(facts: Iterable<Fact<unknown>>): Fact<unknown>[] {
  const byId = new Map<string, Fact<unknown>>();
  for (const f of facts) if (!byId.has(f.id)) byId.set(f.id, f);
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The parameters of the selected checks as collectors see them: per parameter name, the config file's value
 * for the first check that overrides it, else the first declaring check's default.
 */
export function scanSettings(checks: readonly Check[], config: Readonly<Record<string, Params>> = {}): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  const overridden = new Set<string>();
  for (const c of checks) {
    for (const [name, def] of Object.entries(c.params ?? {})) {
      const set = config[c.id]?.[name];
      if (set !== undefined && !overridden.has(name)) {
        out[name] = set;
        overridden.add(name);
      } else if (!(name in out)) out[name] = def;
    }
  }
  return out;
}

/** How many (fact, region) units a plan has: for progress reporting. */
export function countUnits(facts: Fact<unknown>[], regions: string[]): number {
  return facts.reduce((n, f) => n + (f.scope === 'global' ? 1 : regions.length), 0);
}

export async function collect(facts: Fact<unknown>[], options: CollectOptions): Promise<Inventory> {
  const { pool, meta } = options;
  const inventory = new Inventory({ ...meta, finishedAt: meta.startedAt });
  const running = new Map<string, Promise<Result<unknown>>>();
  const plan = new Set(facts.map((f) => f.id));

  const run = <T>(fact: Fact<T>, region: string): Promise<Result<T>> => {
    const where = fact.scope === 'global' ? meta.homeRegion : region;
    const key = `${fact.id}@${fact.scope === 'global' ? '*' : where}`;
    let p = running.get(key) as Promise<Result<T>> | undefined;
    if (!p) {
      p = runOne(fact, where);
      running.set(key, p as Promise<Result<unknown>>);
    }
    return p;
  };

  const runOne = async <T>(fact: Fact<T>, region: string): Promise<Result<T>> => {
    const ctx: CollectContext = {
      region,
      regions: meta.regions,
      account: meta.account,
      client: (service, inRegion) => pool.client(service, inRegion ?? region),
      dep: (other, inRegion) => {
        if (inRegion !== undefined && !meta.regions.includes(inRegion)) {
          throw new Error(`${fact.id} asked for ${other.id} in ${inRegion}, a region this scan does not cover`);
        }
        return run(other, inRegion ?? region);
      },
      planned: (other) => plan.has(other.id),
      need: async (other) => {
        const r = await run(other, region);
        if (!r.ok) throw new DependencyFailed(r.error);
        return r.data;
      },
      attempt: async (operation, fn) => {
        try {
          return { ok: true, data: await fn() };
        } catch (err) {
          return { ok: false, error: toCallError(operation, err) };
        }
      },
      toError: toCallError,
      pageSize: options.pageSize ?? 100,
      started: options.started?.get(fact.id),
      setting: (name) => options.settings?.[name],
    };
    let result: Result<T>;
    try {
      result = { ok: true, data: await fact.collect(ctx) };
    } catch (err) {
      result = { ok: false, error: err instanceof DependencyFailed ? err.error : toCallError(fact.operation, err) };
    }
    inventory.set(fact, region, result);
    options.onFactDone?.(fact as Fact<unknown>, region, result, inventory);
    return result;
  };

  const jobs: Promise<unknown>[] = [];
  for (const fact of facts) {
    if (fact.scope === 'global') jobs.push(run(fact, meta.homeRegion));
    else for (const region of meta.regions) jobs.push(run(fact, region));
  }
  await Promise.all(jobs);
  inventory.meta.finishedAt = new Date().toISOString();
  return inventory;
}
