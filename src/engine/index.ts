/**
 * The scan engine: one library entry point that the CLI, the Organization runner and scan-service workers
 * all call. It takes credentials (or an inventory), a selection of checks, regions, a mutelist and config,
 * and streams findings and progress events to the caller. It owns no console and no files: the caller
 * attaches outputs (the CLI's report writers, a worker's storage) through the callbacks.
 *
 *   collectAccount()    credentials -> regions -> collect the facts the checks need -> Inventory
 *   evaluateInventory() Inventory -> findings, one at a time, to onFinding (awaited: back-pressure)
 *   scanAccount()       both, with an onInventory hook in between (save it, open reports...)
 *   scanFindings()      the same scan as an async iterable of findings
 */
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { ClientPool, DEFAULT_SCAN_TIMEOUT_MS } from '../aws/client.js';
import { callerIdentity, homeRegionFor, partitionOf } from '../aws/credentials.js';
import { chooseRegions, narrowRegions } from '../aws/regions.js';
import type { Check, Params } from '../core/check.js';
import { collect, countUnits, planFacts, scanSettings } from '../core/collect.js';
import { evaluate, type Muter } from '../core/evaluate.js';
import { Inventory, INVENTORY_FORMAT } from '../core/inventory.js';
import { describeCallError, type AccountInfo, type Finding, type Status } from '../core/types.js';
import { buildComplianceIndex, type ComplianceIndex } from '../compliance/index.js';
import { resourceTags } from '../services/tagging/collectors.js';
import { TagCollector } from '../services/tagging/targets.js';
import { readAccountAlias } from '../cli/preflight.js';
import { VERSION } from '../version.js';
import { completenessFinding, SCAN_COMPLETENESS_CHECK } from './completeness.js';

/** What the engine reports while it works (the CLI draws a progress bar, a worker stores a heartbeat). */
export type ProgressEvent =
  | {
      type: 'collect-start';
      accountId: string;
      /** The account being scanned (alias included when it could be read): printed before collecting. */
      account: AccountInfo;
      regions: string[];
      units: number;
      /** Units per AWS service (a regional listing counts once per region): progress speaks of services. */
      services: Map<string, number>;
    }
  | { type: 'fact-done'; accountId: string; fact: string; service: string; region: string; ok: boolean; done: number; units: number; apiCalls: number; error?: string }
  | {
      type: 'collect-done';
      accountId: string;
      /** Facts the selected checks need (resource tags not counted). */
      facts: number;
      regions: string[];
      apiCalls: number;
      /** (fact, region) results that could not be read: their checks report ERROR. */
      errors: number;
      durationMs: number;
    }
  | { type: 'evaluate-done'; accountId: string; counts: StatusCounts };

export type StatusCounts = Record<Status | 'MUTED', number>;

/** The checks to run and how: the same for every account of a run. */
export interface Selection {
  checks: Check[];
  /** Frameworks in scope: they decide which parameter variants run (e.g. CIS 1.2's 90 days vs 1.4's 45). */
  frameworks?: string[];
  /** Per-check parameter overrides (the config file). */
  config?: Record<string, Params>;
  /** Mutes findings (Prowler mutelist); its Accounts rules match each finding's own account. */
  muter?: Muter;
}

export interface CollectAccountOptions {
  checks: Check[];
  /** Per-check parameter overrides (the config file): collectors read the ones that change what they fetch. */
  config?: Record<string, Params>;
  /** Credentials of the account to scan (any AWS SDK credential provider). */
  credentials: AwsCredentialIdentityProvider;
  /** Who the credentials are; learnt with sts:GetCallerIdentity when left out. */
  account?: AccountInfo;
  /** Scan only these regions (default: every region enabled for the account). */
  regions?: string[];
  excludedRegions?: string[];
  /** Max attempts per AWS call, including the first. */
  maxAttempts?: number;
  /** Record request signatures to detect repeated calls (benchmarks). */
  trackRequests?: boolean;
  /** Longest one call may take, retries included (--timeout); the scan's deadline (--scan-timeout). See ClientPool. */
  callTimeoutMs?: number;
  scanTimeoutMs?: number;
  /** Override the SDK client config (an endpoint for tests or an emulator). */
  clientConfig?: Record<string, unknown>;
  /** Abort the scan: calls in flight stop at once and collectAccount rejects with the signal's reason. */
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  onWarning?: (message: string) => void;
}

export interface CollectAccountResult {
  inventory: Inventory;
  apiCalls: number;
  /** Requests made more than once (with trackRequests), as "<n>x <request>". */
  repeated: string[];
}

/** Collect, from AWS, the facts the selected checks need in one account. Failed calls are data in the inventory. */
export async function collectAccount(opts: CollectAccountOptions): Promise<CollectAccountResult> {
  const started = Date.now();
  const warn = opts.onWarning ?? (() => undefined);
  let account = opts.account;
  if (!account) {
    const who = await callerIdentity(opts.credentials, process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1');
    account = { accountId: who.account, partition: partitionOf(who.arn), identityArn: who.arn };
  }
  const facts = planFacts(opts.checks.flatMap((c) => c.uses));
  const homeRegion = homeRegionFor(account.partition);
  const pool = new ClientPool({
    credentials: opts.credentials,
    maxAttempts: opts.maxAttempts,
    trackRequests: opts.trackRequests,
    extraConfig: opts.clientConfig,
    callTimeoutMs: opts.callTimeoutMs,
    deadline: started + (opts.scanTimeoutMs ?? DEFAULT_SCAN_TIMEOUT_MS),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  let inventory: Inventory;
  try {
    // Work AWS does slowly on request (the IAM credential report) starts now, while the regions are chosen.
    const begun = new Map<string, Promise<unknown>>();
    for (const f of facts) if (f.start) begun.set(f.id, f.start({ client: (service) => pool.client(service, homeRegion) }));
    const { regions, warnings } = await chooseRegions(pool, homeRegion, opts.regions, opts.excludedRegions);
    warnings.forEach(warn);
    if (!account.alias) {
      const alias = await readAccountAlias(pool, homeRegion);
      if (alias) account = { ...account, alias };
    }
    const plan = planFacts(facts);
    const units = countUnits(plan, regions);
    const accountId = account.accountId;
    const services = new Map<string, number>();
    for (const f of plan) services.set(f.service, (services.get(f.service) ?? 0) + (f.scope === 'global' ? 1 : regions.length));
    opts.onProgress?.({ type: 'collect-start', accountId, account, regions, units, services });
    let done = 0;
    // Resource tags (the reports show them, the mutelist's Tags rules need them): read only for the regions and
    // services that have findings to tag (a scan of IAM checks reads none), learnt check by check as the facts
    // come in and read while the slowest collectors finish.
    let tags: TagCollector | undefined;
    const tagsFor = (inv: Inventory) => (tags ??= new TagCollector(inv, pool, opts.checks, { compliance: buildComplianceIndex() }));
    inventory = await collect(plan, {
      pool,
      started: begun,
      settings: scanSettings(opts.checks, opts.config),
      meta: {
        format: INVENTORY_FORMAT,
        prowlVersion: VERSION,
        account,
        homeRegion: regions.includes(homeRegion) ? homeRegion : regions[0],
        regions,
        startedAt: new Date(started).toISOString(),
      },
      onFactDone: (fact, region, result, inv) => {
        tagsFor(inv).factDone(fact);
        opts.onProgress?.({
          type: 'fact-done', accountId, fact: fact.id, service: fact.service, region, ok: result.ok, done: ++done, units, apiCalls: pool.stats.total,
          ...(result.ok ? {} : { error: describeCallError(result.error) }),
        });
      },
    });
    opts.signal?.throwIfAborted();
    await tagsFor(inventory).finish();
    opts.signal?.throwIfAborted();
    inventory.meta.calls = { ...pool.health }; // judged by judgeCalls (src/aws/health.ts): expired, all denied, unreachable
    const errors = Object.values(inventory.facts).flatMap((byRegion) => Object.values(byRegion)).filter((r) => !r.ok).length;
    opts.onProgress?.({ type: 'collect-done', accountId, facts: facts.length, regions, apiCalls: pool.stats.total, errors, durationMs: Date.now() - started });
  } finally {
    pool.destroy();
  }
  const repeated = opts.trackRequests ? [...pool.stats.byRequest].filter(([, n]) => n > 1).map(([k, n]) => `${n}x ${k.slice(0, 200)}`) : [];
  return { inventory, apiCalls: pool.stats.total, repeated };
}

/**
 * Keep only some regions of a saved inventory (-f/--excluded-region on --from-inventory). Account-wide findings
 * are then reported in the home region, or in the first region left, as in a live scan.
 */
export function narrowInventory(inventory: Inventory, regions?: string[], excludedRegions?: string[]): void {
  if (!regions?.length && !excludedRegions?.length) return;
  const left = narrowRegions(inventory.meta.regions, regions, excludedRegions, 'is not in the inventory');
  if (!left.includes(inventory.meta.homeRegion)) inventory.meta.homeRegion = left[0];
  inventory.meta.regions = left;
}

export interface EvaluateInventoryOptions extends Selection {
  /** Receives every finding as it is evaluated, with its check; awaited before the next one. */
  onFinding: (finding: Finding, check: Check) => void | Promise<void>;
  /** Only the findings this accepts exist for the scan (--resource-tag, --resource-arn): counted, scored and reported. */
  filter?: (finding: Finding) => boolean;
  /**
   * Receives the findings the filter left out: not counted, scored or reported, but they still exist (a caller that
   * archives earlier findings, as -S does in Security Hub, must not archive them).
   */
  onFilteredOut?: (finding: Finding) => void;
  onWarning?: (message: string) => void;
  onProgress?: (event: ProgressEvent) => void;
  /** Built once and shared by the accounts of a run (built here when left out). */
  compliance?: ComplianceIndex;
  /** Abort the evaluation: evaluateInventory rejects with the signal's reason before the next finding. */
  signal?: AbortSignal;
}

export interface EvaluationResult {
  counts: StatusCounts;
  unmutedFails: number;
  unmutedPasses: number;
  /** Prowler 2's score: unmuted PASS x 100 / (unmuted PASS + FAIL); undefined without verdicts. */
  score?: number;
  /** Why the scan of this account is partial (expired credentials, all denied, unreachable, timed out). */
  incomplete?: string;
}

/** Evaluate the selected checks over an inventory (no AWS access) and stream the findings to onFinding. */
export async function evaluateInventory(inventory: Inventory, opts: EvaluateInventoryOptions): Promise<EvaluationResult> {
  const warn = opts.onWarning ?? (() => undefined);
  const facts = planFacts(opts.checks.flatMap((c) => c.uses));
  const missing = facts.filter((f) => !inventory.has(f));
  if (missing.length) {
    warn(`the inventory lacks ${missing.length} fact(s) the selected checks need (${missing.slice(0, 5).map((f) => f.id).join(', ')}${missing.length > 5 ? ', ...' : ''}); those checks report ERROR`);
  }
  const checkById = new Map(opts.checks.map((c) => [c.id, c]));
  const counts: StatusCounts = { PASS: 0, FAIL: 0, MANUAL: 0, ERROR: 0, MUTED: 0 };
  let unmutedFails = 0;
  let unmutedPasses = 0;
  const options = {
    config: opts.config,
    compliance: opts.compliance ?? buildComplianceIndex(),
    frameworksInScope: opts.frameworks,
    muter: opts.muter,
    resourceTags: tagLookup(inventory, warn),
  };
  // A scan that did not work says so first, in every report: one ERROR about the scan, never filtered or muted.
  const partial = completenessFinding(inventory);
  if (partial) {
    counts.ERROR++;
    await opts.onFinding(partial, SCAN_COMPLETENESS_CHECK);
  }
  for (const finding of evaluate(opts.checks, inventory, options)) {
    opts.signal?.throwIfAborted();
    if (opts.filter && !opts.filter(finding)) {
      opts.onFilteredOut?.(finding);
      continue;
    }
    counts[finding.status]++;
    if (finding.muted) counts.MUTED++;
    else if (finding.status === 'FAIL') unmutedFails++;
    else if (finding.status === 'PASS') unmutedPasses++;
    await opts.onFinding(finding, checkById.get(finding.checkId)!);
  }
  opts.onProgress?.({ type: 'evaluate-done', accountId: inventory.meta.account.accountId, counts });
  return {
    counts,
    unmutedFails,
    unmutedPasses,
    score: unmutedPasses + unmutedFails ? (unmutedPasses * 100) / (unmutedPasses + unmutedFails) : undefined,
    ...(partial ? { incomplete: partial.statusExtended } : {}),
  };
}

export interface ScanAccountOptions extends Omit<CollectAccountOptions, 'checks'>, Omit<EvaluateInventoryOptions, 'onWarning' | 'onProgress'> {
  /** Called once collection is done, before evaluation (save the inventory, open reports); awaited. */
  onInventory?: (inventory: Inventory) => void | Promise<void>;
}

export interface ScanAccountResult extends EvaluationResult, CollectAccountResult {
  durationMs: number;
}

/** One account, end to end: collect with the credentials, then evaluate, streaming findings to onFinding. */
export async function scanAccount(opts: ScanAccountOptions): Promise<ScanAccountResult> {
  const started = Date.now();
  const collected = await collectAccount(opts);
  await opts.onInventory?.(collected.inventory);
  const evaluation = await evaluateInventory(collected.inventory, opts);
  return { ...collected, ...evaluation, durationMs: Date.now() - started };
}

/**
 * The same scan as an async iterable: `for await (const { finding, check } of scanFindings(opts))`. Findings are
 * produced as the consumer takes them (the engine waits while the consumer is busy).
 */
export async function* scanFindings(opts: Omit<ScanAccountOptions, 'onFinding'>): AsyncGenerator<{ finding: Finding; check: Check }, ScanAccountResult> {
  type Item = { finding: Finding; check: Check };
  let wake: (() => void) | undefined;
  let item: Item | undefined;
  let taken: (() => void) | undefined;
  let finished = false;
  let stopped = false;
  let failure: unknown;
  let result: ScanAccountResult | undefined;
  const run = scanAccount({
    ...opts,
    onFinding: (finding, check) =>
      stopped ? undefined : new Promise<void>((resolve) => {
        item = { finding, check };
        taken = resolve;
        wake?.();
      }),
  }).then(
    (r) => {
      result = r;
      finished = true;
      wake?.();
    },
    (e) => {
      failure = e;
      finished = true;
      wake?.();
    },
  );
  try {
    for (;;) {
      if (!item && !finished) await new Promise<void>((r) => (wake = r));
      wake = undefined;
      if (item) {
        const next = item;
        item = undefined;
        const release = taken!;
        yield next;
        release();
        continue;
      }
      if (finished) break;
    }
    await run;
    if (failure) throw failure;
    return result!;
  } finally {
    // A consumer that stops early leaves the engine waiting on its last finding: let it finish quietly.
    stopped = true;
    taken?.();
  }
}

/**
 * Tags by resource ARN from the inventory's Resource Groups Tagging answers (an inventory saved before
 * prowl collected them has none). A region whose tags could not be read is said once.
 */
function tagLookup(inventory: Inventory, warn: (w: string) => void): ((arn: string) => Record<string, string> | undefined) | undefined {
  if (!inventory.has(resourceTags)) return undefined;
  const byArn = new Map<string, Record<string, string>>();
  const unread: string[] = [];
  for (const region of inventory.meta.regions) {
    const r = inventory.get(resourceTags, region);
    if (r.ok) for (const [arn, tags] of Object.entries(r.data)) byArn.set(arn, tags);
    else unread.push(`${region}: ${describeCallError(r.error)}`);
  }
  if (unread.length) {
    warn(`resource tags could not be read (${unread.join('; ')}); findings there show only the tags their own service returns, and mutelist Tags rules may not match them`);
  }
  return (arn) => byArn.get(arn);
}

export { Inventory } from '../core/inventory.js';
export { SCAN_COMPLETENESS_CHECK, completenessFinding } from './completeness.js';
