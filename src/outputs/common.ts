/** Small pieces shared by the output formats. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { getFramework } from '../compliance/index.js';
import type { Finding } from '../core/types.js';

/** "CIS-1.4" for cis_1.4_aws: the family-version label Prowler uses in its compliance columns. */
export function frameworkLabel(id: string): string {
  const f = getFramework(id);
  return f ? `${f.family}-${f.version}` : id;
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
      this.out.end(rest, () => (this.failure ? reject(this.failure) : resolve()));
    });
  }
}
