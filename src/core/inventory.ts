/**
 * The inventory: everything collectors gathered for one account, with the errors of the calls that
 * failed. It is plain JSON so a scan can be saved and evaluated again offline.
 */
import { readFile } from 'node:fs/promises';
import { openAtomic } from '../outputs/files.js';
import { z } from 'zod';
import { GLOBAL, type Fact } from './fact.js';
import type { AccountInfo, Result } from './types.js';
import type { CallHealth } from '../aws/client.js';

export const INVENTORY_FORMAT = 'prowl-inventory/1';

export interface InventoryMeta {
  format: typeof INVENTORY_FORMAT;
  prowlVersion: string;
  account: AccountInfo;
  /** Region where global services were collected and where account-wide findings are reported. */
  homeRegion: string;
  regions: string[];
  startedAt: string;
  finishedAt: string;
  /** How the scan's calls went (successes, denials, expired credentials, unreachable endpoints): see judgeCalls. */
  calls?: CallHealth;
}

export type FactStore = Record<string, Record<string, Result<unknown>>>;

/** What evaluation relies on in a loaded file: a hand-edited or truncated inventory is refused up front, not mid-scan. */
const fileSchema = z.object({
  meta: z.object({
    format: z.literal(INVENTORY_FORMAT),
    account: z.object({ accountId: z.string(), partition: z.string(), identityArn: z.string() }),
    homeRegion: z.string(),
    regions: z.array(z.string()),
    startedAt: z.string(),
    finishedAt: z.string(),
  }),
  facts: z.record(z.string(), z.record(z.string(), z.object({ ok: z.boolean() }))),
});

export class Inventory {
  constructor(
    readonly meta: InventoryMeta,
    readonly facts: FactStore = {},
  ) {}

  set<T>(fact: Fact<T>, region: string, value: Result<T>): void {
    (this.facts[fact.id] ??= {})[fact.scope === 'global' ? GLOBAL : region] = value;
  }

  has(fact: Fact<unknown>): boolean {
    return fact.id in this.facts;
  }

  /** The fact for a region (or the global value). A fact that was never collected is an error, not empty data. */
  get<T>(fact: Fact<T>, region?: string): Result<T> {
    const key = fact.scope === 'global' ? GLOBAL : region ?? this.meta.homeRegion;
    const value = this.facts[fact.id]?.[key];
    if (value) return value as Result<T>;
    return {
      ok: false,
      error: {
        kind: 'Failed',
        code: 'NotCollected',
        operation: fact.operation,
        message: `${fact.id} was not collected${fact.scope === 'regional' ? ` in ${key}` : ''}`,
      },
    };
  }

  toJSON(): { meta: InventoryMeta; facts: FactStore } {
    return { meta: this.meta, facts: this.facts };
  }

  /** Write the inventory to disk one fact at a time (large inventories never become one string). */
  async save(path: string): Promise<void> {
    // Through a temporary file renamed when complete (no truncated inventory under the final name), never
    // through a symbolic link, readable by the owner only: an inventory describes the whole account.
    const file = openAtomic(path, 0o600);
    const out = file.stream;
    let failure: Error | undefined;
    out.once('error', (e) => (failure ??= e));
    const write = (s: string) =>
      new Promise<void>((res, rej) => {
        if (failure) return rej(failure);
        if (out.write(s)) res();
        else out.once('drain', res).once('error', rej);
      });
    try {
      await this.writeTo(write);
      await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ?? failure ? rej(err ?? failure) : res())));
    } catch (err) {
      file.discard();
      throw err;
    }
    file.commit();
  }

  private async writeTo(write: (s: string) => Promise<void>): Promise<void> {
    await write(`{"meta":${JSON.stringify(this.meta)},"facts":{`);
    let first = true;
    for (const [id, byRegion] of Object.entries(this.facts)) {
      await write(`${first ? '' : ','}\n${JSON.stringify(id)}:${JSON.stringify(byRegion)}`);
      first = false;
    }
    await write('\n}}\n');
  }

  static async load(path: string): Promise<Inventory> {
    let parsed: { meta?: InventoryMeta; facts?: FactStore } | null;
    try {
      parsed = JSON.parse(await readFile(path, 'utf8'));
    } catch (err) {
      throw new Error(`cannot read inventory ${path}: ${(err as Error).message}`);
    }
    if (parsed?.meta?.format !== INVENTORY_FORMAT) {
      throw new Error(`${path} is not a prowl inventory (expected format ${INVENTORY_FORMAT})`);
    }
    const checked = fileSchema.safeParse(parsed);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`${path} is not a valid prowl inventory: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    // The file's own objects are kept (the schema only checks them), with any field it does not list.
    return new Inventory(parsed.meta, parsed.facts!);
  }
}
