/**
 * The single-file interactive HTML report (-M html).
 *
 * Findings arrive one at a time. Each is turned into a compact row (a JSON array; check ids, regions,
 * accounts, compliance sets and timestamps dictionary-encoded) and written straight into a gzip stream that
 * lands in a temporary file, so memory holds only the dictionaries, the metadata of each check once, and a
 * few counters. close() writes the HTML shell, the metadata (gzip + base64) and then the row data, read back
 * from the temporary file and base64-encoded chunk by chunk. The browser inflates both with
 * DecompressionStream('gzip'); see app.ts for the reader and the row layout in ROW below.
 */
import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync, type Gzip } from 'node:zlib';
import type { Check } from '../../core/check.js';
import type { Finding, Status } from '../../core/types.js';
import { FRAMEWORKS, getFramework, requirementTitle, type Framework } from '../../compliance/index.js';
import { ownTracker, type ComplianceTracker, type RequirementStatus } from '../../compliance/verdict.js';
import { FileSink, frameworkLabel, removeOnExit } from '../common.js';
import type { OutputContext, OutputWriter } from '../types.js';
import { renderDocument } from './template.js';

/** Version of the embedded data layout, checked by the browser code. */
export const HTML_DATA_FORMAT = 'prowl-html/1';

/** Index of each field in a row (the browser code uses the same numbers). Trailing nulls are dropped. */
export const ROW = {
  check: 0, // dict.check index
  status: 1, // index into ['PASS', 'FAIL', 'MANUAL', 'ERROR'] (STATUSES in app.ts)
  region: 2, // dict.region index
  muted: 3, // 0 | 1
  account: 4, // dict.account index
  uid: 5,
  message: 6, // statusExtended
  arn: 7,
  id: 8,
  name: 9, // string | null
  resourceRegion: 10, // dict.region index, or null when the same as the finding's region
  tags: 11, // Record<string,string> | null
  compliance: 12, // dict.compl index; each entry is JSON [[frameworkId, [requirementId, ...]], ...]
  mutedBy: 13, // dict.mutedBy index or an inline string, or null
  error: 14, // [kind, code, operation, message] | null
  details: 15, // Record<string, string|number|boolean> | null
  params: 16, // Record<string, unknown> | null
  timestamp: 17, // dict.ts index or an inline string
} as const;

const STATUS_INDEX: Record<Status, number> = { PASS: 0, FAIL: 1, MANUAL: 2, ERROR: 3 };

/** Strings stored once and referenced by index. Past `cap` entries new strings are written inline instead. */
class Dict {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];
  constructor(private readonly cap = Number.POSITIVE_INFINITY) {}

  ref(value: string): number | string {
    const known = this.index.get(value);
    if (known !== undefined) return known;
    if (this.values.length >= this.cap) return value;
    const i = this.values.length;
    this.values.push(value);
    this.index.set(value, i);
    return i;
  }
}

/** The check metadata kept once per check. */
export interface CheckInfo {
  title: string;
  service: string;
  severity: string;
  resourceType: string;
  categories: string[];
  description: string;
  risk: string;
  remediation: Check['remediation'];
}

export interface FrameworkInfo {
  id: string;
  label: string;
  name: string;
  version: string;
  /**
   * Each requirement with its verdict, computed once in Node by src/compliance/verdict.ts (the browser
   * code shows it, never recomputes it): status, a note (why), and per status the checks in that state.
   */
  requirements: Array<{
    id: string;
    section: string;
    subsection?: string;
    title: string;
    profile: string;
    assessment: string;
    checks: string[];
    status: RequirementStatus;
    note: string;
    /** Checks that are not implemented in prowl / were not selected. */
    missing?: string[];
    notRun?: string[];
    deviation?: string;
  }>;
}

/** The metadata block embedded next to the rows. */
export interface ReportMeta {
  format: typeof HTML_DATA_FORMAT;
  generatedAt: string;
  prowlVersion: string;
  account: {
    id: string;
    partition: string;
    identityArn: string;
    alias?: string;
    name?: string;
    email?: string;
    organizationId?: string;
    organizationName?: string;
    tags?: Record<string, string>;
    authMethod?: string;
  };
  scan: { startedAt?: string; finishedAt?: string; durationMs?: number; regions: string[] };
  count: number;
  dict: { check: string[]; region: string[]; account: string[]; compl: string[]; ts: string[]; mutedBy: string[] };
  /** Names of the accounts of a multi-account run, by account id. */
  accountNames?: Record<string, string>;
  checks: Record<string, CheckInfo>;
  /** Frameworks shown in the compliance view (the scan's selected frameworks). */
  frameworks: FrameworkInfo[];
  /** A display label ("CIS-7.0") for every framework a finding refers to. */
  labels: Record<string, string>;
}

const iso = (d: string | Date | undefined): string | undefined => (d === undefined ? undefined : new Date(d).toISOString());

function frameworkInfo(f: Framework, tracker: ComplianceTracker, checkTitle: (id: string) => string | undefined): FrameworkInfo {
  return {
    id: f.id,
    label: frameworkLabel(f),
    name: f.name,
    version: f.version,
    requirements: tracker.verdicts(f).map(({ requirement: r, verdict }) => {
      const missing = verdict.checks.filter((c) => c.status === 'NOT IMPLEMENTED').map((c) => c.check);
      const notRun = verdict.checks.filter((c) => c.status === 'NOT RUN').map((c) => c.check);
      return {
        id: r.id,
        section: r.section,
        ...(r.subsection ? { subsection: r.subsection } : {}),
        title: requirementTitle(r, checkTitle),
        profile: r.profile,
        assessment: r.assessment,
        checks: r.checks,
        status: verdict.status,
        note: verdict.note,
        ...(missing.length ? { missing } : {}),
        ...(notRun.length ? { notRun } : {}),
        ...(r.deviation ? { deviation: r.deviation.reason } : {}),
      };
    }),
  };
}

function checkInfo(check: Check): CheckInfo {
  const rem = check.remediation;
  return {
    title: check.title,
    service: check.service,
    severity: check.severity,
    resourceType: check.resourceType,
    categories: [...check.categories],
    description: check.description,
    risk: check.risk,
    remediation: { text: rem.text, url: rem.url, cli: rem.cli, terraform: rem.terraform, nativeIaC: rem.nativeIaC, other: rem.other },
  };
}

const nonEmpty = <T extends object>(o: T | undefined): T | null => (o && Object.keys(o).length ? o : null);

/** Batches of serialised rows handed to gzip at once. */
const BATCH = 64 * 1024;
/** Bytes read back per base64 chunk: a multiple of 3, so chunks encode without padding in the middle. */
const B64_CHUNK = 3 * 16 * 1024;

/**
 * The scan's times and regions come from the context; when absent the report falls back to what the
 * findings say (first and last finding timestamp, regions seen).
 */
export function createHtmlWriter(path: string, ctx: OutputContext): OutputWriter {
  const dict = {
    check: new Dict(),
    region: new Dict(),
    account: new Dict(),
    compl: new Dict(),
    ts: new Dict(4096),
    mutedBy: new Dict(4096),
  };
  const checks = new Map<string, CheckInfo>();
  // The scan's verdicts when given (fed every finding, before any --status filter); else our own tally.
  const own = ctx.compliance ? undefined : ownTracker(ctx.frameworks ?? FRAMEWORKS, ctx);
  const tracker = ctx.compliance ?? own!;
  const checkTitle = (id: string) => ctx.checkTitle?.(id) ?? checks.get(id)?.title;
  let count = 0;
  let firstTs: string | undefined;
  let lastTs: string | undefined;

  const tmpDir = mkdtempSync(join(tmpdir(), 'prowl-html-'));
  removeOnExit(tmpDir); // a killed or interrupted run leaves no folder of findings behind
  const tmpFile = join(tmpDir, 'rows.json.gz');
  const gzip: Gzip = createGzip({ level: 6 });
  const done = pipeline(gzip, createWriteStream(tmpFile));
  let failure: unknown;
  done.catch((err) => {
    failure ??= err;
  });
  let pending: string[] = ['['];
  let pendingLength = 1;
  let closed = false;

  async function flush(): Promise<void> {
    if (!pending.length) return;
    const chunk = pending.join('');
    pending = [];
    pendingLength = 0;
    if (!gzip.write(chunk)) await Promise.race([once(gzip, 'drain'), done]);
  }

  function row(finding: Finding): unknown[] {
    const r = finding.resource;
    const compl = JSON.stringify(finding.compliance.map((c) => [c.framework, c.requirements]));
    const out: unknown[] = [
      dict.check.ref(finding.checkId),
      STATUS_INDEX[finding.status] ?? 3,
      dict.region.ref(finding.region),
      finding.muted ? 1 : 0,
      dict.account.ref(finding.accountId),
      finding.uid,
      finding.statusExtended,
      r.arn,
      r.id,
      r.name ?? null,
      r.region === finding.region ? null : dict.region.ref(r.region),
      nonEmpty(r.tags),
      dict.compl.ref(compl),
      finding.muted && finding.mutedBy ? dict.mutedBy.ref(finding.mutedBy) : null,
      finding.error ? [finding.error.kind, finding.error.code, finding.error.operation, finding.error.message] : null,
      nonEmpty(r.details),
      nonEmpty(finding.params),
      dict.ts.ref(finding.timestamp),
    ];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  }

  function meta(): ReportMeta {
    const a = ctx.account;
    const referenced = new Set(dict.compl.values.flatMap((s) => (JSON.parse(s) as Array<[string, string[]]>).map(([fw]) => fw)));
    const shown = ctx.frameworks ?? [...referenced].map((id) => getFramework(id)).filter((f): f is Framework => f !== undefined);
    const labels: Record<string, string> = {};
    for (const id of referenced) labels[id] = frameworkLabel(id);
    for (const f of shown) labels[f.id] = frameworkLabel(f);
    const startedAt = iso(ctx.scanStartedAt) ?? firstTs;
    const finishedAt = iso(ctx.scanFinishedAt) ?? (ctx.scanStartedAt ? new Date().toISOString() : lastTs);
    const durationMs =
      ctx.durationMs ?? (startedAt && finishedAt ? Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)) : undefined);
    return {
      format: HTML_DATA_FORMAT,
      generatedAt: new Date().toISOString(),
      prowlVersion: ctx.prowlVersion,
      account: {
        id: a.accountId,
        partition: a.partition,
        identityArn: a.identityArn,
        alias: a.alias,
        name: ctx.accountName,
        email: ctx.accountEmail,
        organizationId: a.organizationId,
        organizationName: ctx.organizationName,
        tags: ctx.accountTags,
        authMethod: ctx.authMethod,
      },
      scan: { startedAt, finishedAt, durationMs, regions: ctx.regions?.length ? [...ctx.regions] : [...dict.region.values].sort() },
      count,
      dict: {
        check: dict.check.values,
        region: dict.region.values,
        account: dict.account.values,
        compl: dict.compl.values,
        ts: dict.ts.values,
        mutedBy: dict.mutedBy.values,
      },
      ...(ctx.accounts
        ? { accountNames: Object.fromEntries(dict.account.values.map((id) => [id, ctx.accounts!.get(id)?.name ?? '']).filter(([, n]) => n)) }
        : {}),
      checks: Object.fromEntries(checks),
      frameworks: shown.map((f) => frameworkInfo(f, tracker, checkTitle)),
      labels,
    };
  }

  async function assemble(): Promise<void> {
    const metaB64 = gzipSync(JSON.stringify(meta())).toString('base64');
    const { head, middle, tail } = renderDocument();
    const sink = new FileSink(path);
    await sink.write(head);
    await sink.write(metaB64);
    await sink.write(middle);
    let carry: Buffer = Buffer.alloc(0);
    for await (const piece of createReadStream(tmpFile, { highWaterMark: B64_CHUNK })) {
      const bytes = carry.length ? Buffer.concat([carry, piece as Buffer]) : (piece as Buffer);
      const usable = bytes.length - (bytes.length % 3);
      if (usable) await sink.write(`${bytes.subarray(0, usable).toString('base64')}\n`);
      carry = Buffer.from(bytes.subarray(usable));
    }
    if (carry.length) await sink.write(carry.toString('base64'));
    await sink.end(tail);
  }

  return {
    path,
    async write(finding, check) {
      if (closed) throw new Error(`HTML report ${path} is already closed`);
      if (failure) throw failure;
      if (!checks.has(finding.checkId)) checks.set(finding.checkId, checkInfo(check));
      own?.add(finding);
      const text = JSON.stringify(row(finding));
      const piece = count ? `,\n${text}` : `\n${text}`;
      pending.push(piece);
      pendingLength += piece.length;
      count++;
      const ts = finding.timestamp;
      if (ts && (!firstTs || ts < firstTs)) firstTs = ts;
      if (ts && (!lastTs || ts > lastTs)) lastTs = ts;
      if (pendingLength >= BATCH) await flush();
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (failure) throw failure;
        pending.push('\n]');
        await flush();
        gzip.end();
        await done;
        await assemble();
      } finally {
        await rm(tmpDir, { recursive: true, force: true });
      }
    },
  };
}
