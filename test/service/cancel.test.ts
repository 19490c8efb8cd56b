/**
 * Cancelling a running scan stops it at once: the worker's calls to AWS are aborted mid-collection, not
 * after the whole account has been read. AWS is moto behind a proxy that holds every answer for 1.5 s, so an
 * uncancelled scan of CIS 7.0 takes far longer than the few seconds the cancellation may take.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMoto, type Moto } from '../helpers/moto.js';
import { testService, until, type TestService } from '../helpers/service.js';
import { startWorker, type WorkerHandle } from '../../src/service/worker.js';
import { startLatencyProxy } from '../../scripts/latency-proxy.js';

let moto: Moto;
let proxy: Awaited<ReturnType<typeof startLatencyProxy>>;
let svc: TestService;
let worker: WorkerHandle;
let key: string;

beforeAll(async () => {
  moto = await startMoto();
  proxy = await startLatencyProxy(moto.endpoint, 1500);
  Object.assign(process.env, moto.env, { AWS_ENDPOINT_URL: proxy.url });
  svc = await testService();
  worker = await startWorker(svc.ctx, 'cancel-worker');
  key = await svc.tenantKey('acme');
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await svc?.close();
  await proxy?.close();
  await moto?.stop();
});

describe('cancelling a running scan', () => {
  it('aborts the collection within about a second, records the run as cancelled and keeps no findings', async () => {
    const acct = (await (await svc.request('/v1/accounts', { method: 'POST', key, body: JSON.stringify({ name: 'slow', role_arn: 'arn:aws:iam::222222222222:role/ProwlScanRole' }) })).json()) as { id: string };
    const s = (await (await svc.request('/v1/scans', { method: 'POST', key, body: JSON.stringify({ account_id: acct.id, compliance: ['cis_7.0_aws'], regions: ['us-east-1'] }) })).json()) as { id: string };
    // Collecting: the role is assumed and the first answers came back (each one 1.5 s late).
    await until(async () => {
      const [row] = await svc.ctx.db.query<{ status: string; progress: { phase?: string } | null }>('SELECT status, progress FROM scans WHERE id = $1', [s.id]);
      return row.status === 'running' && row.progress?.phase === 'collecting';
    }, 90_000, 100);
    const cancelledAt = Date.now();
    const del = await svc.request(`/v1/scans/${s.id}`, { method: 'DELETE', key });
    expect(del.status).toBe(200);
    const run = await until(async () => {
      const [r] = await svc.ctx.db.query<{ outcome: string | null; ended_at: Date | null }>('SELECT outcome, ended_at FROM scan_runs WHERE scan_id = $1 ORDER BY attempt DESC LIMIT 1', [s.id]);
      return r?.ended_at ? r : undefined;
    }, 60_000, 100);
    expect(run.outcome).toBe('cancelled');
    // The poll runs every second and the abort cuts the call in flight: well under the 1.5 s of one more answer
    // plus the rest of the account.
    expect(run.ended_at!.getTime() - cancelledAt).toBeLessThan(3000);
    const [scan] = await svc.ctx.db.query<{ status: string }>('SELECT status FROM scans WHERE id = $1', [s.id]);
    expect(scan.status).toBe('cancelled');
    const [{ n }] = await svc.ctx.db.query<{ n: string }>('SELECT count(*)::text AS n FROM findings WHERE scan_id = $1', [s.id]);
    expect(n).toBe('0');
  }, 120_000);
});
