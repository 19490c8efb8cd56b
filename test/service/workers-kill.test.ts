/**
 * Two `prowl worker` processes drain 20 queued scans of 5 accounts while one of them is SIGKILLed midway:
 * every scan succeeds, no account is scanned twice at once, and no finding is lost or stored twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMoto, type Moto } from '../helpers/moto.js';
import { DATABASE_URL, testService, until, type TestService } from '../helpers/service.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let moto: Moto;
let svc: TestService;
const workers: ChildProcess[] = [];
const logs: string[] = ['', ''];

/**
 * Worker 0 runs the TypeScript sources; worker 1 the `prowl` command as installed (bin/prowl.js: the bundle
 * that `npm ci` builds, as in CI), so a scan that only the bundled worker breaks (a CommonJS package whose
 * functions the bundle moves, as tar-stream's once did) fails this test.
 */
function startWorkerProcess(i: number): ChildProcess {
  const entry = i === 1 ? [`${ROOT}/bin/prowl.js`] : ['--import', 'tsx', `${ROOT}/src/cli/run.ts`];
  const child = spawn(process.execPath, [...entry, 'worker', '--database-url', DATABASE_URL, '--schema', svc.schema, '--data-dir', svc.dataDir, '--concurrency', '2'], {
    env: { ...process.env, ...moto.env, PROWL_HEARTBEAT_SECONDS: '10', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (logs[i] += d));
  child.stderr!.on('data', (d) => (logs[i] += d));
  workers[i] = child;
  logs[i] = '';
  return child;
}

beforeAll(async () => {
  moto = await startMoto();
  svc = await testService({ heartbeatSeconds: 10 });
}, 120_000);

afterAll(async () => {
  for (const w of workers) if (w && w.exitCode === null) w.kill('SIGKILL');
  await svc?.close();
  await moto?.stop();
});

describe('workers on two processes', () => {
  it('drain 20 scans of 5 accounts with one worker SIGKILLed midway: all succeed, none twice at once per account, no finding lost or duplicated', async () => {
    const key = await svc.tenantKey('acme');
    const accounts: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const res = await svc.request('/v1/accounts', { method: 'POST', key, body: JSON.stringify({ name: `acct-${i}`, role_arn: `arn:aws:iam::${String(i).repeat(12)}:role/ProwlScanRole` }) });
      accounts.push(((await res.json()) as { id: string }).id);
    }
    const scans: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await svc.request('/v1/scans', { method: 'POST', key, body: JSON.stringify({ account_id: accounts[i % 5], checks: ['iam_password_policy_minimum_length_14', 'iam_root_mfa_enabled', 'iam_user_mfa_enabled_console_access'], regions: ['us-east-1'] }) });
      scans.push(((await res.json()) as { id: string }).id);
    }
    const victim = startWorkerProcess(0);
    startWorkerProcess(1);
    // Kill the first worker while it is in the middle of a scan.
    await until(async () => {
      const rows = await svc.ctx.db.query("SELECT 1 FROM scan_runs WHERE worker LIKE '%-' || $1 AND ended_at IS NULL", [String(victim.pid)]);
      return rows.length > 0 ? true : undefined;
    }, 120_000, 50);
    victim.kill('SIGKILL');
    const killedAt = Date.now();

    const final = await until(async () => {
      const rows = await svc.ctx.db.query<{ id: string; status: string }>('SELECT id, status FROM scans');
      return rows.every((r) => r.status === 'succeeded' || r.status === 'failed') ? rows : undefined;
    }, 240_000, 500);
    expect(final.filter((r) => r.status !== 'succeeded'), logs.join('\n')).toEqual([]);

    // The killed attempt was run again by the other worker.
    const runs = await svc.ctx.db.query<{ scan_id: string; worker: string; started_at: Date; ended_at: Date | null; aws: string }>(
      'SELECT r.scan_id, r.worker, r.started_at, r.ended_at, s.aws_account_id AS aws FROM scan_runs r JOIN scans s ON s.id = r.scan_id ORDER BY r.started_at',
    );
    const killed = runs.filter((r) => r.ended_at === null);
    expect(killed.length).toBeGreaterThan(0);
    expect(killed.every((k) => k.worker.endsWith(`-${victim.pid}`))).toBe(true);
    // The bundled worker finished scans of its own (the killed one's included).
    expect(runs.filter((r) => r.worker.endsWith(`-${workers[1].pid}`) && r.ended_at !== null).length).toBeGreaterThan(0);

    // No two attempts of one account overlap (a killed attempt ended when its worker was killed).
    const byAccount = new Map<string, Array<[number, number]>>();
    for (const r of runs) {
      const end = r.ended_at ? r.ended_at.getTime() : killedAt;
      const list = byAccount.get(r.aws) ?? [];
      list.push([r.started_at.getTime(), end]);
      byAccount.set(r.aws, list);
    }
    for (const [acct, spans] of byAccount) {
      spans.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i][0], `account ${acct} scanned twice at once`).toBeGreaterThanOrEqual(spans[i - 1][1]);
    }

    // Every scan stored exactly its findings, and every scan of one account found the same ones.
    const stored = await svc.ctx.db.query<{ scan_id: string; n: string; distinct_uids: string; counts: Record<string, number>; aws: string }>(
      'SELECT f.scan_id, count(*)::text AS n, count(DISTINCT f.uid)::text AS distinct_uids, s.counts, s.aws_account_id AS aws FROM findings f JOIN scans s ON s.id = f.scan_id GROUP BY f.scan_id, s.counts, s.aws_account_id',
    );
    expect(stored).toHaveLength(20);
    const perAccount = new Map<string, Set<string>>();
    for (const s of stored) {
      expect(Number(s.n)).toBe(s.counts.PASS + s.counts.FAIL + s.counts.MANUAL + s.counts.ERROR);
      expect(s.distinct_uids).toBe(s.n);
      (perAccount.get(s.aws) ?? perAccount.set(s.aws, new Set()).get(s.aws)!).add(s.n);
    }
    expect(perAccount.size).toBe(5);
    for (const sizes of perAccount.values()) expect(sizes.size).toBe(1);
  }, 420_000);

  it('SIGTERM: a worker finishes the scan it is running, takes no new one, and exits', async () => {
    const key = await svc.tenantKey('sigterm');
    const res = await svc.request('/v1/accounts', { method: 'POST', key, body: JSON.stringify({ name: 'term', role_arn: 'arn:aws:iam::777777777777:role/ProwlScanRole' }) });
    const account = ((await res.json()) as { id: string }).id;
    const queue = async () => ((await (await svc.request('/v1/scans', { method: 'POST', key, body: JSON.stringify({ account_id: account, checks: ['iam_root_mfa_enabled', 'iam_password_policy_minimum_length_14'], regions: ['us-east-1'] }) })).json()) as { id: string }).id;
    // The first test's surviving worker must not take this scan.
    for (const old of workers) {
      if (old && old.exitCode === null && old.signalCode === null) {
        const gone = new Promise((r) => old.once('exit', r));
        old.kill('SIGKILL');
        await gone;
      }
    }
    const first = await queue();
    const w = startWorkerProcess(0);
    await until(async () => (/taking scans/.test(logs[0]) ? true : undefined), 120_000, 50);
    const exited = new Promise<number | null>((r) => w.once('exit', (code) => r(code)));
    await until(async () => ((await svc.ctx.db.query("SELECT 1 FROM scans WHERE id = $1 AND status = 'running'", [first])).length ? true : undefined), 120_000, 50);
    const second = await queue();
    w.kill('SIGTERM');
    expect(await exited).toBe(0);
    const rows = await svc.ctx.db.query<{ id: string; status: string }>('SELECT id, status FROM scans WHERE id = ANY($1)', [[first, second]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [first]: 'succeeded', [second]: 'queued' });
  }, 180_000);
});
