/**
 * npm run bench: seeds a large emulated account in moto (3 regions; hundreds of IAM users, roles and
 * policies, 1,000+ security groups, hundreds of buckets, KMS keys, trails, log groups with metric filters),
 * then runs a full CIS scan twice: directly against moto, and through a proxy adding 50 ms to every
 * response (a real endpoint's latency). Prints wall time, AWS requests, repeated requests and peak RSS.
 * Each scan runs the compiled code (`npm run bench` builds it first) in its own process: see bench-run.mjs.
 * BENCH_SCALE (default 20) sizes the account.
 *
 * The multi-account case (BENCH_CASES=multi, or both by default): BENCH_ACCOUNTS (default 10) member accounts
 * of an Organization, each a mid-sized account (BENCH_ACCOUNT_SCALE, default 5), scanned through the 50 ms
 * proxy twice: one after the other in separate single-account runs (-R into each), and in one
 * --organization-role run (--account-concurrency BENCH_CONCURRENCY, default 4). Prints wall times and peak RSS.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import { spawn } from 'node:child_process';
import { startMoto } from '../test/helpers/moto.js';
import { seed } from './seed.js';
import { startLatencyProxy } from './latency-proxy.js';
import { BENCH_ROLE, createMemberAccounts, seedMemberAccount } from './bench-accounts.js';

const scale = Number(process.env.BENCH_SCALE ?? 20);
const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const cases = (process.env.BENCH_CASES ?? 'single,multi').split(',');
const moto = await startMoto();
const runScript = (script: string, env: Record<string, string>) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...moto.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').pop()!) : reject(new Error(`${script} exited ${code}`))));
  });
try {
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
  const proxy = await startLatencyProxy(moto.endpoint, 50);
  try {
    const env = { AWS_ENDPOINT_URL: proxy.url, BENCH_REGIONS: regions.join(',') };
    let wall = 0;
    let peak = 0;
    let calls = 0;
    for (const id of ids) {
      const r = JSON.parse(await runScript('scripts/bench-run.mjs', { ...env, BENCH_ROLE: `arn:aws:iam::${id}:role/${BENCH_ROLE}` })) as { wallSeconds: number; peakRssMB: number; apiCalls: number };
      wall += r.wallSeconds;
      peak = Math.max(peak, r.peakRssMB);
      calls += r.apiCalls;
    }
    console.log(`${count} sequential single-account runs (50 ms): ${JSON.stringify({ wallSeconds: +wall.toFixed(2), apiCalls: calls, largestPeakRssMB: peak })}`);
    const org = await runScript('scripts/bench-org-run.mjs', { ...env, BENCH_ACCOUNTS: ids.join(','), BENCH_ROLE_NAME: BENCH_ROLE });
    console.log(`one --organization-role run over ${count} accounts (50 ms): ${org}`);
  } finally {
    await proxy.close();
  }
}

async function singleAccount() {
  const t0 = Date.now();
  const seeded = await seed({ endpoint: moto.endpoint, regions, scale, log: (m) => process.stderr.write(`  seed ${m}\n`) });
  console.log(`Seeded in ${((Date.now() - t0) / 1000).toFixed(0)}s: ${JSON.stringify(seeded)}`);
  const run = (endpoint: string) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['scripts/bench-run.mjs'], {
        env: { ...process.env, ...moto.env, AWS_ENDPOINT_URL: endpoint, BENCH_REGIONS: regions.join(',') },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').pop()!) : reject(new Error(`bench run exited ${code}`))));
    });
  console.log(`direct to moto:      ${await run(moto.endpoint)}`);
  const proxy = await startLatencyProxy(moto.endpoint, 50);
  try {
    console.log(`with 50 ms latency:  ${await run(proxy.url)}`);
  } finally {
    await proxy.close();
  }
}
