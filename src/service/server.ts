/**
 * `prowl serve`: the API, the web console and (unless turned off) in-process workers on one port; plus the
 * scheduler that turns each account's cron into scans, and a reconciler that makes sure no scan stays
 * "running" once its job has failed for good (a worker lost for every retry).
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Job } from 'pg-boss';
import { createApi, enqueueScan } from './api.js';
import { openContext, SCAN_QUEUE, SCHEDULE_QUEUE, type ServiceContext, type ServiceSettings } from './context.js';
import { startWorker, type WorkerHandle } from './worker.js';

export interface ServiceHandle {
  url: string;
  ctx: ServiceContext;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  host?: string;
  /** Run scan workers in this process too (default true). */
  workers?: boolean;
}

/** Scheduled scans: each account's cron sends a job here, which queues a scan of that account. */
export async function startScheduler(ctx: ServiceContext): Promise<void> {
  await ctx.boss.work<{ accountId: string; tenantId: string }>(SCHEDULE_QUEUE, { pollingIntervalSeconds: 2 }, async ([job]: Job<{ accountId: string; tenantId: string }>[]) => {
    const { accountId, tenantId } = job.data;
    const [acct] = await ctx.db.query('SELECT id FROM accounts WHERE id = $1 AND tenant_id = $2 AND deleted_at IS NULL', [accountId, tenantId]);
    if (!acct) return;
    await enqueueScan(ctx, tenantId, { account_id: accountId, scan_name: `scheduled ${new Date().toISOString().slice(0, 16)}Z` }, null);
  });
}

/** Scans whose job ended in failure (every retry used) or vanished are marked failed, with the reason. */
export async function reconcile(ctx: ServiceContext): Promise<number> {
  // A scan stored but never queued (the process died between the two): queue it now, so no request is lost.
  const orphans = await ctx.db.query<{ id: string; tenant_id: string; aws_account_id: string | null }>(
    "SELECT id, tenant_id, aws_account_id FROM scans WHERE status = 'queued' AND job_id IS NULL AND created_at < now() - interval '1 minute'",
  );
  for (const o of orphans) {
    const jobId = await ctx.boss.send(SCAN_QUEUE, { scanId: o.id, tenantId: o.tenant_id }, { singletonKey: `account:${o.aws_account_id ?? o.id}` });
    await ctx.db.query('UPDATE scans SET job_id = $2 WHERE id = $1 AND job_id IS NULL', [o.id, jobId]);
  }
  const open = await ctx.db.query<{ id: string; job_id: string | null; error: string | null }>("SELECT id, job_id, error FROM scans WHERE status IN ('queued', 'running') AND job_id IS NOT NULL");
  let fixed = 0;
  for (const s of open) {
    const job = await ctx.boss.getJobById(SCAN_QUEUE, s.job_id!).catch(() => null);
    const state = (job as { state?: string } | null)?.state;
    if (job && state !== 'failed' && state !== 'cancelled') continue;
    const why = !job ? 'its job is gone from the queue' : state === 'cancelled' ? 'its job was cancelled' : `every attempt failed${s.error ? ` (last: ${s.error.replace(/^attempt failed: /, '')})` : ''}`;
    const r = await ctx.db.query("UPDATE scans SET status = 'failed', error = $2, finished_at = now(), sealed_credentials = NULL WHERE id = $1 AND status IN ('queued', 'running') RETURNING id", [s.id, `the scan did not complete: ${why}`]);
    fixed += r.length;
  }
  return fixed;
}

export async function startService(settings: ServiceSettings, opts: ServeOptions = {}): Promise<ServiceHandle> {
  const ctx = await openContext(settings);
  const app = createApi(ctx);
  const workers: WorkerHandle[] = [];
  if (opts.workers !== false) workers.push(await startWorker(ctx));
  await startScheduler(ctx);
  const reconciler = setInterval(() => void reconcile(ctx).catch(() => undefined), 15_000);
  reconciler.unref();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: opts.host ?? '127.0.0.1' }, () => resolve(s));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    ctx,
    async close() {
      clearInterval(reconciler);
      await new Promise<void>((r) => server.close(() => r()));
      for (const w of workers) await w.stop();
      await ctx.close();
    },
  };
}
