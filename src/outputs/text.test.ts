import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFramework } from '../compliance/index.js';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import { accountRef, bucket, deniedCall, evaluateChecks, mute, reportingCheck } from '../../test/helpers/findings.js';
import { createTextWriter, formatCheckHeader, formatTextLine } from './text.js';

const s3Check = reportingCheck({ id: 's3_bucket_secure_transport_policy', severity: 'high', title: 'S3 buckets deny plain HTTP requests' }, [
  { status: 'PASS', resource: bucket('good'), message: 'Bucket good denies plain HTTP.' },
  { status: 'FAIL', resource: bucket('bad'), message: 'Bucket bad\u001b[2J allows\nplain HTTP.' },
  { status: 'FAIL', resource: bucket('old'), message: 'Bucket old allows plain HTTP.' },
  { status: 'ERROR', resource: accountRef('eu-west-1'), message: 'Could not evaluate: s3:GetBucketPolicy was denied (AccessDenied).', error: deniedCall('s3:GetBucketPolicy') },
]);
const manualCheck = reportingCheck({ id: 'account_maintain_current_contact_details', severity: 'low', title: 'Keep the account contact details current' }, [
  { status: 'MANUAL', resource: accountRef(), message: 'Check the contact details by hand.' },
]);
const sample = (): Array<[Finding, Check]> =>
  evaluateChecks([s3Check, manualCheck]).map((it) => (it[0].resource.id === 'old' ? mute(it, 'legacy') : it));

const frameworks = [getFramework('cis_7.0_aws')!];
const EXPECTED = [
  'CIS-7.0 3.1.1 [s3_bucket_secure_transport_policy] S3 buckets deny plain HTTP requests - s3 [High]',
  '         PASS! eu-west-1: Bucket good denies plain HTTP.',
  '         FAIL! eu-west-1: Bucket bad?[2J allows plain HTTP.',
  '      WARNING! eu-west-1: Bucket old allows plain HTTP. (muted: legacy)',
  '        ERROR! eu-west-1: Could not evaluate: s3:GetBucketPolicy was denied (AccessDenied).',
  '',
  'CIS-7.0 2.2 [account_maintain_current_contact_details] Keep the account contact details current - account [Low]',
  '         INFO! us-east-1: Check the contact details by hand.',
  '',
].join('\n');

describe('Prowler 2 text and mono output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-text-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('mono: a header per check and one plain line per finding, control characters neutralised', async () => {
    const path = join(dir, 'report.txt');
    const w = createTextWriter(path, { colour: false, frameworks });
    expect(w.path).toBe(path);
    for (const [f, c] of sample()) await w.write(f, c);
    await w.close();
    const text = await readFile(path, 'utf8');
    expect(text).toBe(EXPECTED);
    expect(text).not.toContain('\u001b');
  });

  it('text: the same lines in colour, to a stream that is left open', async () => {
    const stream = new PassThrough();
    let out = '';
    stream.on('data', (d) => (out += d));
    const w = createTextWriter(stream, { colour: true, frameworks });
    expect(w.path).toBe('-');
    for (const [f, c] of sample()) await w.write(f, c);
    await w.close();
    expect(stream.writableEnded).toBe(false);
    expect(out).toContain('\u001b[32m         PASS!\u001b[39m');
    expect(out).toContain('\u001b[31m         FAIL!\u001b[39m');
    expect(out).toContain('\u001b[33m      WARNING!\u001b[39m');
    expect(out).toContain('\u001b[35m        ERROR!\u001b[39m');
    expect(out).toContain('\u001b[34m         INFO!\u001b[39m');
    // eslint-disable-next-line no-control-regex
    expect(out.replace(/\u001b\[\d+m/g, '')).toBe(EXPECTED);
  });

  it('waits for a slow stream (back-pressure) and keeps every line', async () => {
    const chunks: string[] = [];
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk, _enc, cb) {
        chunks.push(String(chunk));
        setTimeout(cb, 1);
      },
    });
    const w = createTextWriter(slow, { colour: false });
    const items = sample();
    for (let i = 0; i < 40; i++) {
      for (const [f, c] of items) {
        await w.write(f, c);
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
      }
    }
    await w.close();
    await new Promise<void>((resolve) => slow.end(resolve));
    // Never more than the high-water mark plus the line that crossed it.
    expect(maxBuffered).toBeLessThan(64 + 200);
    expect(chunks.join('').split('\n').filter((l) => l.includes('! '))).toHaveLength(40 * items.length);
  });

  it('without frameworks the header uses the newest mapping, and an unmapped check has no ids', () => {
    const [[f, c]] = sample();
    expect(formatCheckHeader(f, c, { colour: false, frameworks: [getFramework('cis_1.4_aws')!] })).toMatch(/^CIS-1\.4 2\.1\.2 \[s3_/);
    expect(formatCheckHeader(f, c, { colour: false })).toMatch(/^CIS-7\.0 3\.1\.1 \[s3_/);
    expect(formatCheckHeader({ ...f, compliance: [] }, c, { colour: false })).toBe(
      '[s3_bucket_secure_transport_policy] S3 buckets deny plain HTTP requests - s3 [High]',
    );
    expect(formatTextLine(f, { colour: false })).toBe('         PASS! eu-west-1: Bucket good denies plain HTTP.');
  });

  it('reports a file that cannot be written', async () => {
    const w = createTextWriter(join(dir, 'missing-dir', 'x.txt'), { colour: false });
    const [[f, c]] = sample();
    await expect((async () => {
      await w.write(f, c);
      await w.close();
    })()).rejects.toThrow(/ENOENT/);
  });
});
