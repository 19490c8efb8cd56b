/**
 * Send prowl's findings to AWS Security Hub (-S/--security-hub), and archive the ones a scan no longer
 * produces.
 *
 * Sending: findings (ASFF objects, e.g. read back from the json-asff report) go to the region they name,
 * in BatchImportFindings requests of up to 100 findings, at most 10 requests per second per region
 * (Security Hub's documented rate). Regions where Security Hub is not enabled (DescribeHub answers "not
 * subscribed") or cannot be checked are skipped with a warning. The SDK retries throttling; findings the
 * service rejects (FailedCount > 0) and batches that still fail are reported, never thrown.
 * --send-sh-only-fails sends only FAILED findings (muted ones included: they arrive SUPPRESSED).
 *
 * Archiving (unless --skip-sh-update): in each region that was scanned and has a hub, prowl reads its
 * ACTIVE findings for the account (GetFindings filtered on ProductFields ProviderName=prowl, RecordState,
 * AwsAccountId and Region; the same conditions, and a "prowl-" GeneratorId, are checked again on what
 * comes back) and re-imports with RecordState ARCHIVED (a finding provider archives its own findings this
 * way, not with BatchUpdateFindings) those that
 *   - were not sent by this run, and
 *   - belong to a check that ran successfully in that region this scan: listed in `checksEvaluated` for
 *     the region, and with no ERROR (NOT_AVAILABLE) finding there among the findings passed in.
 * A check that could not evaluate never archives anything. With onlyFails, earlier PASSED findings of
 * checks that ran are archived too, so Security Hub shows the current failures only.
 *
 * The pool must allow exactly the write it needs: `new ClientPool({ credentials, allowOperations:
 * ['BatchImportFindings'] })` (see createSecurityHubPool). DescribeHub and GetFindings are reads.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import {
  BatchImportFindingsCommand,
  DescribeHubCommand,
  GetFindingsCommand,
  type AwsSecurityFindingFilters,
} from '@aws-sdk/client-securityhub';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import PQueue from 'p-queue';
import { ClientPool, type ClientPoolOptions } from '../aws/client.js';
import { describeCallError, toCallError } from '../aws/errors.js';
import { isNotSubscribed } from '../services/securityhub/collectors.js';
import type { Finding } from '../core/types.js';
import { ASFF_GENERATOR_PREFIX, ASFF_PROVIDER_NAME, type AsffFinding } from '../outputs/asff.js';

const SECURITY_HUB_WRITE_OPERATIONS = ['BatchImportFindings'];
const SECURITY_HUB_BATCH_SIZE = 100;
const SECURITY_HUB_REQUESTS_PER_SECOND = 10;
/** GetFindings is limited to 3 requests per second. */
const GET_FINDINGS_PER_SECOND = 3;

/** A client pool that may call BatchImportFindings and nothing else that writes. */
export function createSecurityHubPool(
  credentials?: AwsCredentialIdentityProvider,
  options: Omit<ClientPoolOptions, 'credentials' | 'allowOperations'> = {},
): ClientPool {
  return new ClientPool({ ...options, credentials, allowOperations: [...SECURITY_HUB_WRITE_OPERATIONS] });
}

export interface SendToSecurityHubOptions {
  /** Built with allowOperations ['BatchImportFindings'] (createSecurityHubPool). */
  pool: ClientPool;
  accountId: string;
  /** Regions the scan covered. Their hubs are checked up front; a finding in another region is checked when it appears. */
  regions: readonly string[];
  /** ASFF findings, or the path of a json-asff report. */
  findings: AsyncIterable<AsffFinding> | Iterable<AsffFinding> | string;
  /** Send only FAILED findings (--send-sh-only-fails). */
  onlyFails?: boolean;
  /** Do not archive findings this run no longer produces (--skip-sh-update). */
  skipUpdate?: boolean;
  /**
   * Region -> ids of every finding the scan produced (EvaluatedChecks.produced), when `findings` is only part of
   * them (--status, -q, --send-sh-only-fails): a finding still produced is never archived, sent or not.
   */
  producedIds?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Region -> checks that ran there this scan (see EvaluatedChecks). Only these checks' old findings are archived. */
  checksEvaluated: ReadonlyMap<string, ReadonlySet<string>>;
  onWarning?: (message: string) => void;
  /** Findings per BatchImportFindings request (at most 100). */
  batchSize?: number;
  /** BatchImportFindings requests per second per region. */
  requestsPerSecond?: number;
  /** The time written to UpdatedAt of archived findings. */
  now?: () => Date;
}

export interface ImportFailure {
  id: string;
  code: string;
  message: string;
}

export interface RegionReport {
  region: string;
  enabled: boolean;
  /** Why the region was skipped. */
  reason?: string;
  /** Findings accepted by Security Hub. */
  sent: number;
  /** Findings rejected (FailedFindings, or in a request that failed). */
  failed: number;
  /** Findings not sent because the region has no hub. */
  skipped: number;
  /** Earlier findings archived. */
  archived: number;
  failures: ImportFailure[];
}

export interface SecurityHubReport {
  regions: RegionReport[];
  sent: number;
  failed: number;
  skipped: number;
  archived: number;
}

/** The check id in a prowl GeneratorId ("prowl-<check id>"), else undefined. */
function checkIdOf(f: AsffFinding): string | undefined {
  const g = f.GeneratorId ?? '';
  if (g.startsWith(ASFF_GENERATOR_PREFIX)) return g.slice(ASFF_GENERATOR_PREFIX.length);
  return f.ProductFields?.['prowl/CheckId'];
}

/** The region a finding belongs to: its Region, else the one in its ProductArn. */
function regionOf(f: AsffFinding): string | undefined {
  return f.Region ?? /^arn:[^:]+:securityhub:([^:]+):/.exec(f.ProductArn ?? '')?.[1];
}

const isErrorFinding = (f: AsffFinding) => f.Compliance?.Status === 'NOT_AVAILABLE' || f.ProductFields?.['prowl/Status'] === 'ERROR';
const isProwlFinding = (f: AsffFinding) =>
  f.ProductFields?.ProviderName === ASFF_PROVIDER_NAME && (f.GeneratorId ?? '').startsWith(ASFF_GENERATOR_PREFIX);

/**
 * Read a json-asff report. prowl writes one finding per line between "[" and "]", which is read line by
 * line (memory stays flat); any other JSON array (pretty-printed, say) is parsed whole.
 */
export async function* readAsffFile(path: string): AsyncGenerator<AsffFinding> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let started = false;
  let yielded = 0;
  /** undefined: read to the end line by line; null: not prowl's layout; an Error: the first line that did not parse. */
  let lineError: Error | null | undefined;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = raw.trim();
      if (!started) {
        if (!line) continue;
        if (line === '[]') return;
        started = true;
        if (line === '[') continue;
        lineError = null; // not prowl's layout: parse the whole file
        break;
      }
      if (!line || line === ']') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
      } catch (err) {
        lineError = new Error(`${path}:${lineNo}: not a JSON-ASFF finding (${(err as Error).message})`);
        break;
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        lineError = new Error(`${path}:${lineNo}: not a JSON-ASFF finding`);
        break;
      }
      yielded++;
      yield parsed as AsffFinding;
    }
  } finally {
    lines.close();
  }
  if (lineError === undefined) return;
  // Not one finding per line: parse the whole file, skipping what was already read.
  let all: unknown;
  try {
    all = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw lineError ?? new Error(`${path}: not a JSON-ASFF report (${(err as Error).message})`);
  }
  if (!Array.isArray(all)) throw new Error(`${path}: not a JSON-ASFF report (expected a JSON array of findings)`);
  yield* (all as AsffFinding[]).slice(yielded);
}

/**
 * Which checks ran successfully in which region, for archiving. Start from every selected check in every
 * scanned region, then observe() every evaluated finding (before any status filter): a check with an ERROR
 * finding in a region is dropped for that region; a check that crashed (CheckFailed) is dropped everywhere.
 */
export class EvaluatedChecks {
  private readonly byRegion = new Map<string, Set<string>>();
  private readonly ids = new Map<string, Set<string>>();
  constructor(checkIds: Iterable<string>, regions: Iterable<string>) {
    const ids = [...checkIds];
    for (const r of regions) this.byRegion.set(r, new Set(ids));
  }
  observe(finding: Finding): void {
    // Every finding of the scan, whatever --status/-q keep in the reports: none of them may be archived.
    let ids = this.ids.get(finding.region);
    if (!ids) this.ids.set(finding.region, (ids = new Set()));
    ids.add(finding.uid);
    if (finding.status !== 'ERROR') return;
    if (finding.error?.code === 'CheckFailed') for (const set of this.byRegion.values()) set.delete(finding.checkId);
    else this.byRegion.get(finding.region)?.delete(finding.checkId);
  }
  get map(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.byRegion;
  }
  /** Region -> ids (ASFF Id = finding uid) of every finding this scan produced, before any status filter. */
  get produced(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.ids;
  }
}

export async function sendToSecurityHub(options: SendToSecurityHubOptions): Promise<SecurityHubReport> {
  const { pool, accountId } = options;
  const warn = options.onWarning ?? (() => undefined);
  const batchSize = Math.min(Math.max(1, options.batchSize ?? SECURITY_HUB_BATCH_SIZE), SECURITY_HUB_BATCH_SIZE);
  const rate = options.requestsPerSecond ?? SECURITY_HUB_REQUESTS_PER_SECOND;
  const now = options.now ?? (() => new Date());

  const reports = new Map<string, RegionReport>();
  const hubs = new Map<string, Promise<boolean>>();
  const queues = new Map<string, PQueue>();
  const batches = new Map<string, AsffFinding[]>();
  const sentIds = new Map<string, Set<string>>();
  /** "<region>|<check id>" pairs with an ERROR finding among the input. */
  const errored = new Set<string>();

  const report = (region: string): RegionReport => {
    let r = reports.get(region);
    if (!r) reports.set(region, (r = { region, enabled: false, sent: 0, failed: 0, skipped: 0, archived: 0, failures: [] }));
    return r;
  };
  const queue = (region: string): PQueue => {
    let q = queues.get(region);
    if (!q) queues.set(region, (q = new PQueue({ concurrency: rate, intervalCap: rate, interval: 1000 })));
    return q;
  };

  const hubEnabled = (region: string): Promise<boolean> => {
    let p = hubs.get(region);
    if (!p) {
      p = (async () => {
        const r = report(region);
        try {
          const client = await pool.client('securityhub', region);
          await client.send(new DescribeHubCommand({}));
          r.enabled = true;
        } catch (err) {
          r.reason = isNotSubscribed(err) ? 'Security Hub is not enabled' : `could not check Security Hub: ${describeCallError(toCallError('securityhub:DescribeHub', err))}`;
          warn(`Security Hub: skipping ${region}: ${r.reason}`);
        }
        return r.enabled;
      })();
      hubs.set(region, p);
    }
    return p;
  };

  const importBatch = async (region: string, findings: AsffFinding[], kind: 'send' | 'archive'): Promise<void> => {
    const r = report(region);
    const fail = (list: ImportFailure[]) => {
      r.failed += list.length;
      r.failures.push(...list);
    };
    try {
      const client = await pool.client('securityhub', region);
      const res = await client.send(new BatchImportFindingsCommand({ Findings: findings }));
      const failedIds = new Set((res.FailedFindings ?? []).map((f) => f.Id));
      const ok = findings.length - (res.FailedCount ?? failedIds.size);
      if (kind === 'send') r.sent += ok;
      else r.archived += ok;
      if (res.FailedCount) {
        const list = (res.FailedFindings ?? []).map((f) => ({ id: f.Id ?? '', code: f.ErrorCode ?? '', message: f.ErrorMessage ?? '' }));
        fail(list);
        warn(
          `Security Hub: ${region}: ${res.FailedCount} finding(s) rejected` +
            (list[0] ? ` (first: ${list[0].id}: ${list[0].code} ${list[0].message})` : ''),
        );
      }
    } catch (err) {
      const e = toCallError('securityhub:BatchImportFindings', err);
      fail(findings.map((f) => ({ id: f.Id ?? '', code: e.code, message: e.message })));
      warn(`Security Hub: ${region}: ${findings.length} finding(s) not ${kind === 'send' ? 'imported' : 'archived'}: ${describeCallError(e)}`);
    }
  };

  const enqueue = async (region: string, findings: AsffFinding[], kind: 'send' | 'archive') => {
    const q = queue(region);
    // Hold at most a few batches per region in memory.
    await q.onSizeLessThan(rate);
    void q.add(() => importBatch(region, findings, kind));
  };

  // Check the scanned regions' hubs up front (in parallel), so warnings come early and once.
  await Promise.all(options.regions.map(hubEnabled));

  const source = typeof options.findings === 'string' ? readAsffFile(options.findings) : options.findings;
  for await (const f of source) {
    const region = regionOf(f);
    const checkId = checkIdOf(f);
    if (!region) {
      warn(`Security Hub: finding ${f.Id ?? '(no id)'} names no region; not sent`);
      continue;
    }
    if (checkId && isErrorFinding(f)) errored.add(`${region}|${checkId}`);
    if (options.onlyFails && f.Compliance?.Status !== 'FAILED') continue;
    if (!(await hubEnabled(region))) {
      report(region).skipped++;
      continue;
    }
    if (f.Id) {
      let ids = sentIds.get(region);
      if (!ids) sentIds.set(region, (ids = new Set()));
      ids.add(f.Id);
    }
    let batch = batches.get(region);
    if (!batch) batches.set(region, (batch = []));
    batch.push(f);
    if (batch.length >= batchSize) {
      batches.delete(region);
      await enqueue(region, batch, 'send');
    }
  }
  for (const [region, batch] of batches) await enqueue(region, batch, 'send');
  await Promise.all([...queues.values()].map((q) => q.onIdle()));

  if (!options.skipUpdate) {
    for (const [region, checks] of options.checksEvaluated) {
      if (!checks.size || !(await hubEnabled(region))) continue;
      const stale = await staleFindings(pool, region, accountId, (f) => {
        const checkId = checkIdOf(f);
        return (
          checkId !== undefined &&
          checks.has(checkId) &&
          !errored.has(`${region}|${checkId}`) &&
          !sentIds.get(region)?.has(f.Id ?? '') &&
          !options.producedIds?.get(region)?.has(f.Id ?? '')
        );
      }, warn);
      const updatedAt = now().toISOString();
      for (let i = 0; i < stale.length; i += batchSize) {
        const archived = stale.slice(i, i + batchSize).map((f) => {
          const { ProcessedAt: _processed, ...rest } = f;
          return { ...rest, RecordState: 'ARCHIVED' as const, UpdatedAt: updatedAt };
        });
        await enqueue(region, archived, 'archive');
      }
    }
    await Promise.all([...queues.values()].map((q) => q.onIdle()));
  }

  const regions = [...reports.values()].sort((a, b) => a.region.localeCompare(b.region));
  const total = (k: 'sent' | 'failed' | 'skipped' | 'archived') => regions.reduce((n, r) => n + r[k], 0);
  return { regions, sent: total('sent'), failed: total('failed'), skipped: total('skipped'), archived: total('archived') };
}

/** prowl's ACTIVE findings for the account in a region that `archivable` accepts. */
async function staleFindings(
  pool: ClientPool,
  region: string,
  accountId: string,
  archivable: (f: AsffFinding) => boolean,
  warn: (m: string) => void,
): Promise<AsffFinding[]> {
  const filters: AwsSecurityFindingFilters = {
    ProductFields: [{ Key: 'ProviderName', Value: ASFF_PROVIDER_NAME, Comparison: 'EQUALS' }],
    GeneratorId: [{ Value: ASFF_GENERATOR_PREFIX, Comparison: 'PREFIX' }],
    RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
    AwsAccountId: [{ Value: accountId, Comparison: 'EQUALS' }],
    Region: [{ Value: region, Comparison: 'EQUALS' }],
  };
  const limiter = new PQueue({ concurrency: 1, intervalCap: GET_FINDINGS_PER_SECOND, interval: 1000 });
  const out: AsffFinding[] = [];
  let token: string | undefined;
  try {
    const client = await pool.client('securityhub', region);
    do {
      const page = await limiter.add(() => client.send(new GetFindingsCommand({ Filters: filters, MaxResults: 100, NextToken: token })));
      for (const f of page?.Findings ?? []) {
        // Checked again here: never archive what is not prowl's, not ACTIVE, or not this account and region.
        if (!isProwlFinding(f) || f.RecordState !== 'ACTIVE' || f.AwsAccountId !== accountId || regionOf(f) !== region) continue;
        if (archivable(f)) out.push(f);
      }
      token = page?.NextToken || undefined;
    } while (token);
  } catch (err) {
    warn(`Security Hub: ${region}: earlier findings not archived: ${describeCallError(toCallError('securityhub:GetFindings', err))}`);
    return [];
  }
  return out;
}
