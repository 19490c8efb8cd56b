import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { ClientPool } from './client.js';
import { judgeCalls } from './health.js';
import { FixtureInventory } from '../../test/helpers/check.js';
import { passwordPolicy } from '../services/iam/collectors.js';
import minLength14 from '../services/iam/checks/iam_password_policy_minimum_length_14.js';
import { runScan } from '../scan.js';
import { evaluateInventory } from '../engine/index.js';

/** A loopback EC2 endpoint: answers `okCalls` requests, then every request with `code`. */
function ec2Endpoint(okCalls: number, code: string, status: number): Promise<{ url: string; server: Server }> {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (n++ < okCalls) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end('<DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><vpcSet/></DescribeVpcsResponse>');
      } else {
        res.writeHead(status, { 'content-type': 'text/xml' });
        res.end(`<Response><Errors><Error><Code>${code}</Code><Message>${code} happened</Message></Error></Errors><RequestID>r</RequestID></Response>`);
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

const credentials = async () => ({ accessKeyId: 'a', secretAccessKey: 'b' });

async function callMany(url: string, n: number): Promise<ClientPool> {
  const pool = new ClientPool({ credentials, maxAttempts: 1, connectTimeoutMs: 500, extraConfig: { endpoint: url } });
  const ec2 = await pool.client('ec2', 'us-east-1');
  for (let i = 0; i < n; i++) await ec2.send(new DescribeVpcsCommand({})).catch(() => undefined);
  pool.destroy();
  return pool;
}

describe('the calls of a scan, taken together', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('credentials that expire mid-scan: "credentials expired after N calls", exit code 4', async () => {
    const { url, server } = await ec2Endpoint(7, 'RequestExpired', 400);
    servers.push(server);
    const pool = await callMany(url, 12);
    expect(pool.health).toMatchObject({ calls: 12, ok: 7, expired: 5, expiredAfter: 7 });
    const v = judgeCalls(pool.health);
    expect(v.exitCode).toBe(4);
    expect(v.problem).toMatch(/^credentials expired after 7 calls: 5 later calls of 12 were refused/);
  });

  it('every call denied: "everything was denied", exit code 4', async () => {
    const { url, server } = await ec2Endpoint(0, 'UnauthorizedOperation', 403);
    servers.push(server);
    const v = judgeCalls((await callMany(url, 5)).health);
    expect(v).toMatchObject({ exitCode: 4 });
    expect(v.problem).toMatch(/^everything was denied \(5 calls\)/);
  });

  it('most calls could not reach AWS: incomplete, exit code 5', async () => {
    const v = judgeCalls((await callMany('http://127.0.0.1:9', 3)).health);
    expect(v).toMatchObject({ exitCode: 5 });
    expect(v.problem).toMatch(/^the scan is incomplete: 3 of 3 calls could not reach AWS/);
  });

  it('a scan with some denials is complete', async () => {
    expect(judgeCalls({ calls: 100, ok: 90, denied: 10, expired: 0, unreachable: 0 })).toEqual({});
    expect(judgeCalls({ calls: 100, ok: 60, denied: 0, expired: 0, unreachable: 40 })).toEqual({});
  });
});

describe('an incomplete scan says so in the console, the exit code and every report name', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-health-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('re-evaluating an inventory whose credentials expired: exit 4, not a clean score', async () => {
    const fx = new FixtureInventory().set(passwordPolicy, { exists: true, minimumLength: 16 });
    fx.inventory.meta.calls = { calls: 40, ok: 12, denied: 0, expired: 28, expiredAfter: 12, unreachable: 0 };
    const path = join(dir, 'inv.json');
    await fx.inventory.save(path);
    const out = new PassThrough();
    const err = new PassThrough();
    let stdout = '';
    let stderr = '';
    out.on('data', (d) => (stdout += d));
    err.on('data', (d) => (stderr += d));
    const result = await runScan(
      {
        checks: [minLength14],
        frameworks: [],
        config: {},
        fromInventory: path,
        outputModes: ['csv', 'json-ocsf'],
        outputDirectory: dir,
        outputFilename: 'scan',
        verbose: false,
        quiet: false,
        progress: false,
        ignoreExitCode3: false,
      },
      out as unknown as NodeJS.WriteStream,
      err as unknown as NodeJS.WriteStream,
    );
    expect(result.counts.PASS).toBe(1);
    expect(result.exitCode).toBe(4);
    expect(stderr).toContain('credentials expired after 12 calls');
    expect(stdout).toContain('INCOMPLETE SCAN: credentials expired after 12 calls');
    const names = (await readdir(dir)).filter((n) => n.startsWith('scan'));
    expect(names.sort()).toEqual(['scan-INCOMPLETE.csv', 'scan-INCOMPLETE.ocsf.json']);
    expect(result.files.every((f) => f.includes('-INCOMPLETE'))).toBe(true);
    // Inside the reports too, not only in their names: one ERROR finding about the scan, first.
    expect(result.counts.ERROR).toBe(1);
    const csv = await readFile(join(dir, 'scan-INCOMPLETE.csv'), 'utf8');
    const firstRow = csv.split('\n')[1];
    expect(firstRow).toContain('prowl_scan_complete');
    expect(firstRow).toContain('ERROR');
    expect(firstRow).toContain('This report is partial: credentials expired after 12 calls');
    const ocsf = JSON.parse(await readFile(join(dir, 'scan-INCOMPLETE.ocsf.json'), 'utf8')) as Array<{ status_code: string; metadata: { event_code: string }; status_detail: string }>;
    const partial = ocsf.filter((f) => f.metadata.event_code === 'prowl_scan_complete');
    expect(partial).toHaveLength(1);
    expect(partial[0].status_detail).toMatch(/^This report is partial/);
  });

  it('a scan that worked carries no completeness finding', async () => {
    const fx = new FixtureInventory().set(passwordPolicy, { exists: true, minimumLength: 16 });
    fx.inventory.meta.calls = { calls: 40, ok: 40, denied: 0, expired: 0, unreachable: 0 };
    const seen: string[] = [];
    const r = await evaluateInventory(fx.inventory, { checks: [minLength14], onFinding: (f) => void seen.push(f.checkId) });
    expect(seen).toEqual(['iam_password_policy_minimum_length_14']);
    expect(r.incomplete).toBeUndefined();
  });
});

describe('--timeout and --scan-timeout', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // A hung service: accepts the request and never answers.
    server = createServer((req) => req.resume());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('a call that hangs fails as timed out after --timeout, retries included, naming the call', async () => {
    const { toCallError, describeCallError } = await import('./errors.js');
    const pool = new ClientPool({ credentials, maxAttempts: 6, callTimeoutMs: 1_000, extraConfig: { endpoint: url } });
    const ec2 = await pool.client('ec2', 'us-east-1');
    const t0 = Date.now();
    const err = await ec2.send(new DescribeVpcsCommand({})).catch((e: unknown) => e);
    pool.destroy();
    expect(Date.now() - t0).toBeLessThan(5_000);
    const e = toCallError('ec2:DescribeVpcs', err);
    expect(e).toMatchObject({ kind: 'Timeout', code: 'TimedOut' });
    expect(describeCallError(e)).toBe('ec2:DescribeVpcs timed out: no answer within 1 s (--timeout), retries included');
  });

  it('after --scan-timeout no call starts: each fails at once as timed out, and the scan is judged incomplete', async () => {
    const { toCallError } = await import('./errors.js');
    const pool = new ClientPool({ credentials, maxAttempts: 1, callTimeoutMs: 60_000, deadline: Date.now() + 500, extraConfig: { endpoint: url } });
    const ec2 = await pool.client('ec2', 'us-east-1');
    const first = await ec2.send(new DescribeVpcsCommand({})).catch((e: unknown) => e);
    const t1 = Date.now();
    const later = await ec2.send(new DescribeVpcsCommand({})).catch((e: unknown) => e);
    expect(Date.now() - t1).toBeLessThan(200);
    pool.destroy();
    for (const err of [first, later]) expect(toCallError('ec2:DescribeVpcs', err).message).toContain('--scan-timeout');
    const v = judgeCalls(pool.health);
    expect(v.exitCode).toBe(5);
    expect(v.problem).toMatch(/^the scan timed out \(--scan-timeout\): 2 calls of 2/);
  });
});
