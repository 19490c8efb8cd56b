/**
 * npm run bench: seeds a large emulated account in moto (3 regions; hundreds of IAM users, roles and
 * policies, 1,000+ security groups, hundreds of buckets, KMS keys, trails, log groups with metric filters),
 * then runs a full CIS scan with the `prowl` command (bin/prowl.js, the bundle `npm run bench` builds first)
 * BENCH_REPEAT times (default 3): directly against moto, and through a proxy adding 50 ms to every response
 * (a real endpoint's latency). Prints, as medians: CPU seconds (user + system, what the scan costs whatever
 * else the machine runs), time and CPU from process start to the first AWS request, wall time, AWS requests
 * and peak RSS; and the time and CPU of `prowl --version` beside a bare `node -e 0`. Each scan runs in its own
 * process, measured from the inside by scripts/bench-probe.mjs: see bench-run.mjs.
 * BENCH_SCALE (default 20) sizes the account. BENCH_BEFORE=<entry file> also measures another build of the
 * command the same way, for a before/after table (e.g. a copy of an older checkout's bin/prowl.js, or
 * dist/cli/run.js for the unbundled compiled modules).
 *
 * Every check (not only CIS's) is measured through the proxy once live and then BENCH_REPEAT times replayed:
 * moto is a single Python process that answers about 150 requests a second here, so thousands of calls in
 * flight queue in the emulator for far longer than 50 ms; replayed, each recorded answer comes back after
 * exactly 50 ms (see latency-proxy.ts), which is how a real endpoint behaves under prowl's concurrency.
 * Both figures are printed. The multi-account case does the same.
 *
 * BENCH_CASES picks the cases (default version,single,multi). The multi-account case: BENCH_ACCOUNTS (default 10) member accounts
 * of an Organization, each a mid-sized account (BENCH_ACCOUNT_SCALE, default 5), scanned through the 50 ms
 * proxy twice: one after the other in separate single-account runs (-R into each), and in one
 * --organization-role run (--account-concurrency BENCH_CONCURRENCY, default 4). Prints wall times and peak RSS.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMoto } from '../test/helpers/moto.js';
import { seed } from './seed.js';
import { startLatencyProxy } from './latency-proxy.js';
import { BENCH_REGIONS, BENCH_ROLE, createMemberAccounts, seedMemberAccount } from './bench-accounts.js';

const scale = Number(process.env.BENCH_SCALE ?? 20);
const regions = BENCH_REGIONS;
const cases = (process.env.BENCH_CASES ?? 'version,single,multi').split(',');
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const moto = await startMoto();
const runScript = (script: string, env: Record<string, string>) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...moto.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').pop()!) : reject(new Error(`${script} exited ${code}`))));
  });
try {
  if (cases.includes('version')) versionTimes();
  if (cases.includes('single')) await singleAccount();
  if (cases.includes('multi')) await multiAccount();
} finally {
  await moto.stop();
}

async function multiAccount() {
  const count = Number(process.env.BENCH_ACCOUNTS ?? 10);
  const accountScale = Number(process.env.BENCH_ACCOUNT_SCALE ?? 5);
  const t0 = Date.now();
  const ids = await createMemberAccounts(moto.endpoint, count);
  for (const id of ids) await seedMemberAccount(moto.endpoint, id, regions, accountScale);
  console.log(`Multi-account: ${count} member accounts seeded (scale ${accountScale}) in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  // Each case through its own recording proxy: once live, then replayed (AssumeRole's recorded credentials then
  // lead to the requests recorded with them).
  const measure = async (label: string, run: (env: Record<string, string>) => Promise<string>) => {
    const proxy = await startLatencyProxy(moto.endpoint, 50, { replay: true });
    try {
      const env = { AWS_ENDPOINT_URL: proxy.url, BENCH_REGIONS: regions.join(',') };
      console.log(`${label} (50 ms, live moto): ${await run(env)}`);
      proxy.replay();
      console.log(`${label} (50 ms, replayed): ${await run(env)}  ${JSON.stringify(proxy.stats())}`);
    } finally {
      await proxy.close();
    }
  };
  await measure(`${count} sequential single-account runs`, async (env) => {
    let wall = 0;
    let peak = 0;
    let calls = 0;
    for (const id of ids) {
      const r = JSON.parse(await runScript('scripts/bench-run.mjs', { ...env, BENCH_ROLE: `arn:aws:iam::${id}:role/${BENCH_ROLE}` })) as { wallSeconds: number; peakRssMB: number; apiCalls: number };
      wall += r.wallSeconds;
      peak = Math.max(peak, r.peakRssMB);
      calls += r.apiCalls;
    }
    return JSON.stringify({ wallSeconds: +wall.toFixed(2), apiCalls: calls, largestPeakRssMB: peak });
  });
  await measure(`one --organization-role run over ${count} accounts`, (env) => runScript('scripts/bench-org-run.mjs', { ...env, BENCH_ACCOUNTS: ids.join(','), BENCH_ROLE_NAME: BENCH_ROLE }));
}

function median(values: number[]): number {
  const v = [...values].sort((x, y) => x - y);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : +((v[m - 1] + v[m]) / 2).toFixed(2);
}

/** The median of each numeric field over several runs' JSON lines. */
function medians(lines: string[]): Record<string, number> {
  const runs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const out: Record<string, number> = {};
  for (const k of Object.keys(runs[0])) {
    const v = runs.map((r) => r[k]).filter((x): x is number => typeof x === 'number');
    if (v.length) out[k] = median(v);
  }
  return out;
}

/** `prowl --version` and a bare Node.js start, 5 x BENCH_REPEAT times each: median wall time and CPU (user + system) in ms. */
function versionTimes() {
  const probeFile = join(tmpdir(), `prowl-bench-version-${process.pid}.json`);
  const measure = (args: string[]) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < repeat * 5; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['--import', fileURLToPath(new URL('./bench-probe.mjs', import.meta.url)), ...args], {
        env: { ...process.env, BENCH_PROBE_FILE: probeFile },
        encoding: 'utf8',
      });
      wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      const p = JSON.parse(readFileSync(probeFile, 'utf8')) as { cpuUserMs: number; cpuSystemMs: number };
      cpu.push(p.cpuUserMs + p.cpuSystemMs);
    }
    rmSync(probeFile, { force: true });
    return { wallMs: Math.round(median(wall)), cpuMs: Math.round(median(cpu)) };
  };
  console.log(`node -e 0:                ${JSON.stringify(measure(['-e', '0']))}`);
  if (process.env.BENCH_BEFORE) console.log(`before: prowl --version:  ${JSON.stringify(measure([process.env.BENCH_BEFORE, '--version']))}`);
  console.log(`prowl --version:          ${JSON.stringify(measure(['bin/prowl.js', '--version']))}`);
}

async function singleAccount() {
  const t0 = Date.now();
  const seeded = await seed({ endpoint: moto.endpoint, regions, scale, log: (m) => process.stderr.write(`  seed ${m}\n`) });
  console.log(`Seeded in ${((Date.now() - t0) / 1000).toFixed(0)}s: ${JSON.stringify(seeded)}`);
  const runOnce = (endpoint: string, entry?: string) =>
    runScript('scripts/bench-run.mjs', { AWS_ENDPOINT_URL: endpoint, BENCH_REGIONS: regions.join(','), ...(entry ? { BENCH_ENTRY: entry } : {}) });
  const runs = async (endpoint: string, entry?: string) => {
    const lines: string[] = [];
    for (let i = 0; i < repeat; i++) lines.push(await runOnce(endpoint, entry));
    return medians(lines);
  };
  const entries: [string, string | undefined][] = [['', undefined]];
  if (process.env.BENCH_BEFORE) entries.unshift(['before: ', process.env.BENCH_BEFORE]);
  console.log(`(medians of ${repeat} runs; cpuSeconds = user + system; firstRequestMs = process start to its first AWS request)`);
  for (const [label, entry] of entries) console.log(`${label}direct to moto:      ${JSON.stringify(await runs(moto.endpoint, entry))}`);
  const proxy = await startLatencyProxy(moto.endpoint, 50);
  try {
    for (const [label, entry] of entries) console.log(`${label}with 50 ms latency:  ${JSON.stringify(await runs(proxy.url, entry))}`);
  } finally {
    await proxy.close();
  }
  // Every check prowl has, not only CIS's: the breadth packages' targets (30 s, 400 MB, no call made twice).
  // Once live (moto's own pace), then replayed: the same answers, each after 50 ms, without moto's queue.
  const replaying = await startLatencyProxy(moto.endpoint, 50, { replay: true });
  try {
    const allChecks = () => runScript('scripts/bench-run.mjs', { AWS_ENDPOINT_URL: replaying.url, BENCH_REGIONS: regions.join(','), BENCH_ALL: '1' });
    console.log(`every check, 50 ms, live moto:  ${await allChecks()}`);
    const all: string[] = [];
    for (let i = 0; i < repeat; i++) {
      replaying.replay();
      all.push(await allChecks());
    }
    console.log(`every check, 50 ms, replayed:   ${JSON.stringify(medians(all))}  ${JSON.stringify(replaying.stats())}`);
  } finally {
    await replaying.close();
  }
}
