/**
 * A long-lived benchmark environment for profiling by hand: starts moto, seeds the bench account
 * (BENCH_SCALE, default 20) and optionally BENCH_ACCOUNTS member accounts, starts the 50 ms proxy, prints
 * the endpoints as one JSON line to BENCH_ENV_FILE and stays up until killed. Then run
 * `AWS_ENDPOINT_URL=<proxy> node scripts/bench-run.mjs` as often as needed without re-seeding.
 * The proxy records moto's answers; `kill -USR2 <pid>` switches it to replaying them (and restarts every
 * recorded sequence), as `npm run bench` does for its replayed figures.
 */
import { writeFileSync } from 'node:fs';
import { startMoto } from '../test/helpers/moto.js';
import { seed } from './seed.js';
import { startLatencyProxy } from './latency-proxy.js';
import { BENCH_REGIONS, createMemberAccounts, seedMemberAccount } from './bench-accounts.js';

const regions = BENCH_REGIONS;
const moto = await startMoto();
const t0 = Date.now();
await seed({ endpoint: moto.endpoint, regions, scale: Number(process.env.BENCH_SCALE ?? 20), log: () => undefined });
const count = Number(process.env.BENCH_ACCOUNTS ?? 0);
const ids = count ? await createMemberAccounts(moto.endpoint, count) : [];
for (const id of ids) await seedMemberAccount(moto.endpoint, id, regions, Number(process.env.BENCH_ACCOUNT_SCALE ?? 5));
const proxy = await startLatencyProxy(moto.endpoint, 50, { replay: true });
const info = { pid: process.pid, moto: moto.endpoint, proxy: proxy.url, accounts: ids, seededSeconds: Math.round((Date.now() - t0) / 1000), motoEnv: moto.env };
writeFileSync(process.env.BENCH_ENV_FILE ?? '/tmp/bench-env.json', JSON.stringify(info));
console.log(JSON.stringify(info));
const stop = async () => {
  await proxy.close();
  await moto.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('SIGUSR2', () => {
  proxy.replay();
  console.log(`replaying from now on; so far ${JSON.stringify(proxy.stats())}`);
});
setInterval(() => undefined, 1 << 30);
