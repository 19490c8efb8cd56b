/**
 * npm run bench: seeds a large emulated account in moto (3 regions; hundreds of IAM users, roles and
 * policies, 1,000+ security groups, hundreds of buckets, KMS keys, trails, log groups with metric filters),
 * then runs a full CIS scan twice: directly against moto, and through a proxy adding 50 ms to every
 * response (a real endpoint's latency). Prints wall time, AWS requests, repeated requests and peak RSS.
 * Each scan runs the compiled code (`npm run bench` builds it first) in its own process: see bench-run.mjs.
 * BENCH_SCALE (default 20) sizes the account.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import { spawn } from 'node:child_process';
import { startMoto } from '../test/helpers/moto.js';
import { seed } from './seed.js';
import { startLatencyProxy } from './latency-proxy.js';

const scale = Number(process.env.BENCH_SCALE ?? 20);
const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const moto = await startMoto();
try {
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
} finally {
  await moto.stop();
}
