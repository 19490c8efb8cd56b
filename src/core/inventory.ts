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

/**
 * What evaluation relies on in a loaded file, checked whole before anything uses it: a hand-edited,
 * truncated or crafted inventory is refused up front (exit 2), never a TypeError mid-scan. The account id
 * (which report file names are built from) must be 12 digits and region names must look like regions, so a
 * crafted "../" cannot lead a file outside -o. Each fact is a result: data, or a call error with its fields.
 */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const callErrorSchema = z.object({
  kind: z.enum(['AccessDenied', 'OptInRequired', 'Unavailable', 'NotSubscribed', 'Throttled', 'Timeout', 'Unreachable', 'Unsupported', 'Failed']),
  code: z.string(),
  operation: z.string(),
  message: z.string(),
  httpStatus: z.number().int().optional(),
});
const resultSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown().refine((d) => d !== undefined, 'missing data') }),
  z.object({ ok: z.literal(false), error: callErrorSchema }),
]);
const count = z.number().int().nonnegative();
const fileSchema = z.object({
  meta: z.object({
    format: z.literal(INVENTORY_FORMAT),
    prowlVersion: z.string().optional(),
    account: z.object({
      accountId: z.string().regex(/^\d{12}$/, 'an account id is 12 digits'),
      partition: z.string().regex(/^aws(-[a-z]+)*$/, 'not an AWS partition'),
      identityArn: z.string(),
      alias: z.string().optional(),
      organizationId: z.string().optional(),
    }),
    homeRegion: z.string().regex(REGION, 'not a region name'),
    regions: z.array(z.string().regex(REGION, 'not a region name')).min(1),
    startedAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }),
    calls: z.object({ calls: count, ok: count, denied: count, expired: count, expiredAfter: count.optional(), unreachable: count, scanTimedOut: count.optional() }).optional(),
  }),
  facts: z.record(
    z.string().regex(/^[a-z0-9]+\.[A-Za-z0-9]+$/, 'not a fact id'),
    z.record(z.string().refine((k) => k === GLOBAL || REGION.test(k), 'not a region name'), resultSchema),
  ),
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
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      throw new Error(`cannot read inventory ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new Error(`malformed inventory: ${path}: not JSON (${(err as Error).message})`);
    }
    if (parsed?.meta?.format !== INVENTORY_FORMAT) {
      throw new Error(`malformed inventory: ${path}: not a prowl inventory (expected format ${INVENTORY_FORMAT})`);
    }
    const checked = fileSchema.safeParse(parsed);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`malformed inventory: ${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    if (!parsed.meta.regions.includes(parsed.meta.homeRegion) && parsed.meta.homeRegion !== parsed.meta.regions[0]) {
      // The home region is where account-wide facts were read; it must be one of the scanned regions.
      throw new Error(`malformed inventory: ${path}: meta.homeRegion: ${parsed.meta.homeRegion} is not one of meta.regions`);
    }
    // The file's own objects are kept (the schema only checks them), with any field it does not list.
    return new Inventory(parsed.meta, parsed.facts!);
  }
}
