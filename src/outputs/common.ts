/** Small pieces shared by the output formats. */
import type { WriteStream } from 'node:fs';
import { getFramework, type Framework } from '../compliance/index.js';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import type { OutputContext, OutputWriter } from './types.js';

/** Records joined into one write by openCsv. */
const CSV_BATCH = 256;

/** "CIS-1.4" for cis_1.4_aws (an id, or the framework itself): the family-version label Prowler uses in its compliance columns ("GDPR" where there is no version). */
export function frameworkLabel(framework: string | Pick<Framework, 'family' | 'version'>): string {
  if (typeof framework === 'string') {
    let label = LABELS.get(framework);
    if (label === undefined) LABELS.set(framework, (label = frameworkLabel(getFramework(framework) ?? { family: framework, version: '' })));
    return label;
  }
  return framework.version ? `${framework.family}-${framework.version}` : framework.family;
}
/** Labels by framework id: asked for every requirement of every finding. */
const LABELS = new Map<string, string>();

/** A finding's framework requirements as { "CIS-1.4": ["1.12"], ... }. */
export function complianceOf(finding: Finding): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of finding.compliance) (out[frameworkLabel(c.framework)] ??= []).push(...c.requirements);
  return out;
}

/** "CIS-1.4: 1.12 | CIS-7.0: 2.11, 2.12" */
export function complianceText(finding: Finding): string {
  return Object.entries(complianceOf(finding))
    .map(([k, reqs]) => `${k}: ${reqs.join(', ')}`)
    .join(' | ');
}

/**
 * The ASFF resource type of a finding's resource: account-level findings (the account itself, reported
 * as arn:<partition>:iam::<account>:root) are about an AwsAccount, whatever the check usually looks at.
 */
export function resourceTypeOf(finding: Finding, check: Pick<Check, 'resourceType'>): string {
  return /^arn:[^:]+:iam::\d{12}:root$/.test(finding.resource.arn) ? 'AwsAccount' : check.resourceType;
}

/** Seconds since the epoch (--unix-timestamp), or the ISO string as it is. */
export function timestampText(iso: string, unix: boolean | undefined): string {
  return unix ? String(Math.floor(Date.parse(iso) / 1000)) : iso;
}

/** Orders framework versions newest first ("7.0" before "4.0.1" before "1.2"). */
export function newestVersionFirst(a: string, b: string): number {
  const key = (v: string) => v.split('.').map((p) => p.padStart(4, '0')).join('.');
  return key(b).localeCompare(key(a));
}

/**
 * The order in which a finding's frameworks are listed when none was selected: CIS newest first (the
 * benchmark most reports are read against), then the other frameworks by id.
 */
export function frameworkOrder(a: string, b: string): number {
  const fa = getFramework(a);
  const fb = getFramework(b);
  const ca = fa?.family === 'CIS' ? 0 : 1;
  const cb = fb?.family === 'CIS' ? 0 : 1;
  if (ca !== cb) return ca - cb;
  if (ca === 0) return newestVersionFirst(fa!.version, fb!.version);
  return a.localeCompare(b);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides, embeddings, isolates and marks: they make text display in another order than it reads. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: control characters (escape sequences included) and bidi controls become "?", newlines spaces. */
export function terminalSafe(s: string): string {
  return s.replace(CONTROL, '?').replace(BIDI, '?').replace(/\n/g, ' ');
}

/** A value from AWS made safe for every text output: terminal controls and bidi overrides become "?", line breaks and tabs spaces. */
export function neutralise(s: string): string {
  return s.replace(/[\r\n\t]/g, ' ').replace(CONTROL, '?').replace(BIDI, '?');
}

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function neutraliseValue<T>(v: T): T {
  if (typeof v === 'string') return (UNSAFE.test(v) ? neutralise(v) : v) as T;
  if (Array.isArray(v)) return v.map(neutraliseValue) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[neutralise(k)] = neutraliseValue(x);
    return out as T;
  }
  return v;
}

/**
 * The finding with every text that came from AWS (or a check's message about it) neutralised: resource
 * names, ids, ARNs, tags and details, the status message, the mute reason and the call error. Every output
 * writes findings through this (createWriters), so CSV, JSON, HTML, JUnit and text never carry escape
 * sequences or bidi overrides.
 */
export function neutraliseFinding(finding: Finding): Finding {
  const { statusExtended, resource, mutedBy, error } = finding;
  const dirty = UNSAFE.test(statusExtended) || (mutedBy !== undefined && UNSAFE.test(mutedBy)) || UNSAFE.test(JSON.stringify(resource)) || (error !== undefined && UNSAFE.test(JSON.stringify(error)));
  if (!dirty) return finding;
  return {
    ...finding,
    statusExtended: neutralise(statusExtended),
    resource: neutraliseValue(resource),
    ...(mutedBy !== undefined ? { mutedBy: neutralise(mutedBy) } : {}),
    ...(error !== undefined ? { error: neutraliseValue(error) } : {}),
  };
}

export { assertWritableTarget, kept, openAtomic, removeOnExit, type AtomicFile } from './files.js';
import { openAtomic, type AtomicFile } from './files.js';

/** "k=v | k2=v2" */
export function pairsText(record: Record<string, unknown> | undefined, sep = '='): string {
  return record ? Object.entries(record).map(([k, v]) => `${k}${sep}${Array.isArray(v) ? v.join(',') : String(v)}`).join(' | ') : '';
}

/**
 * A file written with back-pressure. Small writes are gathered into chunks of about 64 KiB before they reach
 * the stream; write() resolves once the stream has room again.
 */
export class FileSink {
  private static readonly CHUNK = 64 * 1024;
  private readonly out: WriteStream;
  private readonly file: AtomicFile;
  private failure: Error | undefined;
  private buffer: string[] = [];
  private buffered = 0;

  constructor(readonly path: string) {
    this.file = openAtomic(path);
    this.out = this.file.stream;
    this.out.on('error', (err) => {
      this.failure ??= err;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.buffer.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered >= FileSink.CHUNK && !this.out.write(this.take())) await this.drained();
  }

  private take(): string {
    const s = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    return s;
  }

  private drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => {
        this.out.off('drain', onDrain);
        reject(err);
      };
      const onDrain = () => {
        this.out.off('error', onError);
        resolve();
      };
      this.out.once('drain', onDrain).once('error', onError);
    });
  }

  /** Write what is left (and `chunk`), close the file, and resolve once it is on disk. */
  end(chunk = ''): Promise<void> {
    this.buffer.push(chunk);
    const rest = this.take();
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.out.once('error', reject);
      // The callback gets the stream's error, which can come before the 'error' event (a file that never opened).
      this.out.end(rest, (err?: Error | null) => {
        const failure = err ?? this.failure;
        if (failure) {
          this.file.discard();
          return reject(failure);
        }
        try {
          this.file.commit();
          resolve();
        } catch (e) {
          reject(e);
        }
      });
    });
  }
}

/** Cells a spreadsheet would run as a formula: starting with = + - @ tab or CR, or the full-width = + - @. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Cells that must be quoted: they hold the delimiter, a quote or a line break. */
const NEEDS_QUOTES = /[;"\n\r]/;

/**
 * One cell of a `;`-separated CSV: a formula-looking value gets a leading quote ('=1+2, so a spreadsheet shows
 * it as text), and a value with the delimiter, a quote or a line break is quoted with its quotes doubled
 * (RFC 4180). The output is byte for byte what csv-stringify writes with `delimiter: ';', escape_formulas:
 * true` (common.test.ts compares them on adversarial values); written here because csv-stringify's general
 * machinery (casting, per-field option objects) cost over a second of CPU for a large scan's CSV reports.
 */
export function csvCell(value: string | undefined): string {
  if (!value) return '';
  const v = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** One CSV line (with its line feed) of the given columns of a record. */
export function csvLine<C extends string>(columns: readonly C[], record: Partial<Record<C, string>>): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) line += (i ? ';' : '') + csvCell(record[columns[i]!]);
  return `${line}\n`;
}

/**
 * A `;`-separated CSV file with a header row (cells encoded by csvCell). Lines are joined in batches and
 * written through a FileSink: one stream write per record cost more than the encoding itself (a scan writes
 * each finding into every compliance CSV it belongs to, hundreds of thousands of records).
 */
export function openCsv<C extends string>(path: string, columns: readonly C[]): {
  write(record: Record<C, string>): Promise<void>;
  close(): Promise<void>;
} {
  const sink = new FileSink(path);
  let batch = `${columns.map(csvCell).join(';')}\n`;
  let lines = 0;
  return {
    async write(record) {
      batch += csvLine(columns, record);
      if (++lines >= CSV_BATCH) {
        const text = batch;
        batch = '';
        lines = 0;
        await sink.write(text);
      }
    },
    async close() {
      await sink.end(batch);
    },
  };
}

/** Streams a JSON array, one element per line: "[", elements separated by ",\n", "]". An empty scan writes "[]". */
export function createJsonArrayWriter(path: string, toJson: (finding: Finding, check: Check) => unknown): OutputWriter {
  const sink = new FileSink(path);
  let count = 0;
  return {
    path,
    async write(finding, check) {
      await sink.write(`${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(toJson(finding, check))}`);
    },
    async close() {
      await sink.end(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/**
 * The account columns of a finding: its own account's details in a multi-account run (ctx.accounts), else the
 * scan's account (ctx.account and the ctx.account* fields).
 */
export function accountOf(ctx: OutputContext, accountId: string): {
  name?: string; email?: string; organizationId?: string; organizationName?: string; identityArn: string; partition: string; tags?: Record<string, string>;
} {
  const own = ctx.accounts?.get(accountId);
  const { account } = ctx;
  if (own) {
    return {
      name: own.name,
      email: own.email,
      organizationId: own.organizationId ?? account.organizationId,
      organizationName: own.organizationName ?? ctx.organizationName,
      identityArn: own.identityArn ?? account.identityArn,
      partition: own.partition ?? account.partition,
      tags: own.tags,
    };
  }
  return {
    name: ctx.accountName ?? account.alias,
    email: ctx.accountEmail,
    organizationId: account.organizationId,
    organizationName: ctx.organizationName,
    identityArn: account.identityArn,
    partition: account.partition,
    tags: ctx.accountTags,
  };
}
