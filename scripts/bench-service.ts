/**
 * npm run bench:service: the scan service under load. For 1, 2 and 4 `prowl worker` processes (the compiled
 * command), queue SCANS CIS 7.0 scans of ACCOUNTS accounts through the API, against moto behind a proxy that
 * adds 50 ms to every AWS response, and measure scans per minute; meanwhile hammer the API (scan list,
 * scan status, findings pages) and report its p50/p99 latency; at the end, the database size per 10,000
 * findings. Needs PostgreSQL (DATABASE_URL, default the local test database); each run gets its own schema.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import { spawn, type ChildProcess } from 'node:child_process';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { startMoto } from '../test/helpers/moto.js';
import { startLatencyProxy } from './latency-proxy.js';
import { testService, until } from '../test/helpers/service.js';
import { createApi } from '../src/service/api.js';

const SCANS = Number(process.env.BENCH_SCANS ?? 12);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 6);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const moto = await startMoto();
const proxy = await startLatencyProxy(moto.endpoint, 50);
const pct = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

try {
  for (const workers of (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number)) {
    // The per-key rate limit would turn the API load into 429s: the bench measures the API, not the limiter.
    const svc = await testService({ heartbeatSeconds: 30, rateLimitPerMinute: 1_000_000 });
    const app = createApi(svc.ctx);
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => setTimeout(r, 200));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const key = await svc.tenantKey('bench');
    const h = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const accounts: string[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      const r = await fetch(`${base}/v1/accounts`, { method: 'POST', headers: h, body: JSON.stringify({ name: `a${i}`, role_arn: `arn:aws:iam::${String(100000000000 + i)}:role/ProwlScanRole` }) });
      accounts.push(((await r.json()) as { id: string }).id);
    }
    const procs: ChildProcess[] = [];
    const started = Date.now();
    for (let i = 0; i < SCANS; i++) {
      await fetch(`${base}/v1/scans`, { method: 'POST', headers: h, body: JSON.stringify({ account_id: accounts[i % ACCOUNTS], compliance: ['cis_7.0_aws'], regions: ['us-east-1', 'eu-west-1'] }) });
    }
    for (let w = 0; w < workers; w++) {
      procs.push(
        spawn(process.execPath, ['bin/prowl.js', 'worker', '--database-url', DATABASE_URL, '--schema', svc.schema, '--data-dir', svc.dataDir, '--concurrency', '2'], {
          env: { ...process.env, ...moto.env, AWS_ENDPOINT_URL: proxy.url },
          stdio: 'ignore',
        }),
      );
    }
    // Load on the API while the workers scan: list, status and findings pages, 8 at a time.
    const latencies: number[] = [];
    let stop = false;
    const hammer = async () => {
      while (!stop) {
        const paths = ['/v1/scans', `/v1/accounts`];
        const list = await fetch(`${base}/v1/scans?limit=1`, { headers: h });
        if (!list.ok) throw new Error(`GET /v1/scans answered ${list.status}`);
        const [s] = ((await list.json()) as { scans: Array<{ id: string }> }).scans;
        if (s) paths.push(`/v1/scans/${s.id}`, `/v1/scans/${s.id}/findings?limit=100`);
        for (const p of paths) {
          const t = performance.now();
          const r = await fetch(`${base}${p}`, { headers: h });
          await r.arrayBuffer();
          if (!r.ok) throw new Error(`GET ${p} answered ${r.status}`);
          latencies.push(performance.now() - t);
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, hammer));
    await until(async () => {
      const rows = await svc.ctx.db.query<{ n: string }>("SELECT count(*)::text AS n FROM scans WHERE status IN ('succeeded', 'failed')");
      return Number(rows[0].n) === SCANS ? true : undefined;
    }, 30 * 60_000, 500);
    const seconds = (Date.now() - started) / 1000;
    stop = true;
    await load;
    const failed = await svc.ctx.db.query<{ error: string }>("SELECT error FROM scans WHERE status = 'failed'");
    for (const e of new Set(failed.map((f) => f.error))) console.log(`  failed: ${e}`);
    const [{ n }] = await svc.ctx.db.query<{ n: string }>('SELECT count(*)::text AS n FROM findings');
    const c = new pg.Client({ connectionString: DATABASE_URL });
    await c.connect();
    const size = Number((await c.query(`SELECT pg_total_relation_size('${svc.schema}.findings') AS b`)).rows[0].b);
    await c.end();
    console.log(
      `${workers} worker(s): ${SCANS} scans (${failed.length} failed) in ${seconds.toFixed(1)} s = ${((SCANS / seconds) * 60).toFixed(1)} scans/min; ` +
        `API p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms over ${latencies.length} requests; ` +
        `findings table ${((size / Number(n)) * 10_000 / 1048576).toFixed(2)} MB per 10,000 findings (${n} findings)`,
    );
    for (const p of procs) p.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    server.close();
    await svc.close();
  }
} finally {
  await proxy.close();
  await moto.stop();
}
