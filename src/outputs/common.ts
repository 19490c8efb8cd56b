/** Small pieces shared by the output formats. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { getFramework, type Framework } from '../compliance/index.js';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import type { OutputWriter } from './types.js';

/** "CIS-1.4" for cis_1.4_aws (an id, or the framework itself): the family-version label Prowler uses in its compliance columns ("GDPR" where there is no version). */
export function frameworkLabel(framework: string | Pick<Framework, 'family' | 'version'>): string {
  const f = typeof framework === 'string' ? getFramework(framework) : framework;
  return f ? (f.version ? `${f.family}-${f.version}` : f.family) : (framework as string);
}

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

/** Text safe to print on a terminal: control characters (escape sequences included) become "?", newlines spaces. */
export function terminalSafe(s: string): string {
  return s.replace(CONTROL, '?').replace(/\n/g, ' ');
}

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
  private failure: Error | undefined;
  private buffer: string[] = [];
  private buffered = 0;

  constructor(readonly path: string) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
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
        if (failure) reject(failure);
        else resolve();
      });
    });
  }
}

/**
 * A `;`-separated CSV file with a header row, streamed through csv-stringify. escape_formulas gives cells
 * that a spreadsheet would run as formulas (starting with = + - @ tab CR, or their full-width forms) a
 * leading quote.
 */
export function openCsv<C extends string>(path: string, columns: readonly C[]): {
  write(record: Record<C, string>): Promise<void>;
  close(): Promise<void>;
} {
  const stringifier = stringify({ header: true, columns: [...columns], delimiter: ';', escape_formulas: true });
  const done = pipeline(stringifier, createWriteStream(path, { encoding: 'utf8' }));
  let failure: unknown;
  done.catch((err) => {
    failure ??= err;
  });
  return {
    async write(record) {
      if (failure) throw failure;
      if (!stringifier.write(record)) await Promise.race([once(stringifier, 'drain'), done]);
    },
    async close() {
      stringifier.end();
      await done;
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
