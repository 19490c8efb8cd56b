/**
 * A worker runs queued scans: it claims a job, assumes the customer's role with that account's own external
 * id (or opens the sealed access keys of a one-off scan), runs the scan with the same engine as `prowl aws`,
 * stores the findings and a tar.gz of every report, and notifies. A worker killed mid-scan loses nothing:
 * its job stops sending heartbeats, pg-boss gives it to another worker, which starts the scan again and
 * replaces whatever findings the first one stored.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { Job, JobWithMetadata } from 'pg-boss';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import { scanAccount, type StatusCounts } from '../engine/index.js';
import { loadBuiltinChecks, makeCatalogue, type Catalogue } from '../registry.js';
import { select } from '../core/select.js';
import { getFramework, LATEST_CIS } from '../compliance/index.js';
import { createWriters, type OutputContext, type OutputWriter } from '../outputs/index.js';
import { createComplianceWriters } from '../outputs/compliance-csv.js';
import { sharedSession } from '../aws/credentials.js';
import { toCallError } from '../aws/errors.js';
import { VERSION } from '../version.js';
import { SCAN_QUEUE, type ServiceContext } from './context.js';
import { notify, type NotifyTargets, type ScanSummary } from './notify.js';
import type { ScanRequest } from './schemas.js';

export interface ScanJobData {
  scanId: string;
  tenantId: string;
}

/** A failure that another attempt would not fix (a role that cannot be assumed): the scan fails at once. */
export class ScanFailure extends Error {}
class Cancelled extends Error {}
/** How often a running scan looks for its cancellation. */
const CANCEL_POLL_MS = 1000;

let catalogue: Promise<Catalogue> | undefined;
const getCatalogue = () => (catalogue ??= loadBuiltinChecks().then(makeCatalogue));

export interface WorkerHandle {
  stop(): Promise<void>;
}

/** Start taking scan jobs in this process (`prowl worker`, and the workers inside `prowl serve`). */
export async function startWorker(ctx: ServiceContext, name = `${hostname()}-${process.pid}`): Promise<WorkerHandle> {
  const concurrency = Math.max(1, ctx.settings.workerConcurrency ?? 2);
  const workId = await ctx.boss.work<ScanJobData>(
    SCAN_QUEUE,
    {
      localConcurrency: concurrency,
      batchSize: 1,
      includeMetadata: true,
      pollingIntervalSeconds: 1,
      ...(ctx.settings.globalConcurrency ? { groupConcurrency: ctx.settings.globalConcurrency } : {}),
    },
    (async ([job]: JobWithMetadata<ScanJobData>[]) => {
      await runScanJob(ctx, job, name);
    }) as never,
  );
  return {
    async stop() {
      // SIGTERM: stop taking jobs and let the running scans finish (pg-boss waits for them).
      await ctx.boss.offWork(SCAN_QUEUE, { id: workId, wait: true } as never);
    },
  };
}

interface ScanRow {
  id: string;
  tenant_id: string;
  account_id: string | null;
  name: string | null;
  request: ScanRequest;
  status: string;
  sealed_credentials: string | null;
  attempts: number;
}

/** One scan job, from claim to notification. Throws only for failures another attempt may fix. */
export async function runScanJob(ctx: ServiceContext, job: Pick<Job<ScanJobData>, 'id' | 'data'> & { retryCount?: number; retryLimit?: number }, workerName: string): Promise<void> {
  const { db } = ctx;
  const { scanId, tenantId } = job.data;
  const [scan] = await db.query<ScanRow>('SELECT id, tenant_id, account_id, name, request, status, sealed_credentials, attempts FROM scans WHERE id = $1 AND tenant_id = $2', [scanId, tenantId]);
  if (!scan || scan.status === 'cancelled' || scan.status === 'succeeded' || scan.status === 'failed') return;
  // A new attempt starts from nothing: findings a killed worker stored are replaced.
  const attempt = await db.tx(async (q) => {
    await q.query('DELETE FROM findings WHERE scan_id = $1', [scanId]);
    const [row] = await q.query<{ attempts: number }>(
      "UPDATE scans SET status = 'running', attempts = attempts + 1, worker = $2, started_at = now(), progress = $3, error = NULL WHERE id = $1 RETURNING attempts",
      [scanId, workerName, JSON.stringify({ phase: 'starting' })],
    );
    await q.query('INSERT INTO scan_runs (scan_id, attempt, worker) VALUES ($1, $2, $3)', [scanId, row.attempts, workerName]);
    return row.attempts;
  });
  const ended = (outcome: string) => db.query('UPDATE scan_runs SET ended_at = clock_timestamp(), outcome = $3 WHERE scan_id = $1 AND attempt = $2', [scanId, attempt, outcome]);
  const work = await mkdtemp(join(tmpdir(), `prowl-scan-${scanId}-`));
  try {
    const outcome = await scanInto(ctx, scan, work);
    const artifacts = await storeArtifacts(ctx, scan, work, outcome.awsAccountId);
    await db.query(
      "UPDATE scans SET status = 'succeeded', counts = $2, score = $3, finished_at = now(), sealed_credentials = NULL, progress = $4, aws_account_id = $5 WHERE id = $1 AND status = 'running'",
      [scanId, JSON.stringify(outcome.counts), outcome.score ?? null, JSON.stringify({ phase: 'done', findings: outcome.findings }), outcome.awsAccountId],
    );
    await ended('succeeded');
    await sendNotifications(ctx, scan, 'succeeded', outcome, artifacts.reportPath);
  } catch (e) {
    await ended(e instanceof Cancelled ? 'cancelled' : `failed: ${(e as Error).message}`.slice(0, 500));
    if (e instanceof Cancelled) {
      await db.query("UPDATE scans SET finished_at = now(), sealed_credentials = NULL WHERE id = $1", [scanId]);
      return;
    }
    const meta = job as Partial<{ retryCount: number; retryLimit: number }>;
    const finalAttempt = e instanceof ScanFailure || (meta.retryCount ?? 0) >= (meta.retryLimit ?? Infinity);
    if (finalAttempt) {
      await db.query("UPDATE scans SET status = 'failed', error = $2, finished_at = now(), sealed_credentials = NULL WHERE id = $1", [scanId, (e as Error).message]);
      await sendNotifications(ctx, scan, 'failed', { counts: {}, error: (e as Error).message, findings: 0, top: [] });
      return;
    }
    // Unexpected: record it and let the queue retry; the last retry's failure is recorded by the monitor below.
    await db.query("UPDATE scans SET status = 'queued', error = $2 WHERE id = $1 AND status = 'running'", [scanId, `attempt failed: ${(e as Error).message}`]);
    throw e;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface Outcome {
  counts: Partial<StatusCounts>;
  score?: number;
  findings: number;
  awsAccountId?: string;
  error?: string;
  top: Array<{ checkId: string; severity: string; resource: string; message: string }>;
}

async function credentialsFor(ctx: ServiceContext, scan: ScanRow): Promise<{ credentials: AwsCredentialIdentityProvider; roleArn?: string }> {
  if (scan.sealed_credentials) {
    const keys = JSON.parse(ctx.sealer.open(scan.sealed_credentials)) as { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
    return { credentials: async () => keys };
  }
  let roleArn: string;
  let externalId: string;
  if (scan.account_id) {
    const [acct] = await ctx.db.query<{ role_arn: string; external_id: string }>('SELECT role_arn, external_id FROM accounts WHERE id = $1 AND tenant_id = $2', [scan.account_id, scan.tenant_id]);
    if (!acct) throw new ScanFailure('the account was deleted before the scan ran');
    roleArn = acct.role_arn;
    externalId = acct.external_id;
  } else {
    throw new ScanFailure('the scan names neither an account nor access keys');
  }
  return { credentials: assumeRoleProvider(ctx, roleArn, externalId, `prowl-${scan.id}`.slice(0, 64)), roleArn };
}

/** Credentials of the customer's role, assumed with the account's external id and refreshed before they expire. */
export function assumeRoleProvider(ctx: ServiceContext, roleArn: string, externalId: string, sessionName: string): AwsCredentialIdentityProvider {
  return sharedSession(async () => {
    const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
    const sts = new STSClient({ region: process.env.AWS_REGION ?? 'us-east-1', maxAttempts: 3 });
    try {
      const r = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, ExternalId: externalId, RoleSessionName: sessionName, DurationSeconds: ctx.settings.sessionSeconds ?? 3600 }));
      const c = r.Credentials!;
      return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken, expiration: c.Expiration };
    } catch (e) {
      const err = toCallError('sts:AssumeRole', e);
      throw new ScanFailure(
        err.kind === 'AccessDenied'
          ? `the role ${roleArn} could not be assumed (${err.code}): check that its trust policy names this service and this account's external id`
          : `the role ${roleArn} could not be assumed: ${err.code}: ${err.message}`,
      );
    } finally {
      sts.destroy();
    }
  });
}

async function scanInto(ctx: ServiceContext, scan: ScanRow, dir: string): Promise<Outcome> {
  const req = scan.request;
  const cat = await getCatalogue();
  const selected = select(cat, {
    checks: req.checks,
    services: req.services,
    compliance: req.compliance,
    severities: req.severity,
    excludedChecks: req.excluded_checks,
  });
  if (!selected.checks.length) throw new ScanFailure('the selection names no implemented check');
  const { credentials } = await credentialsFor(ctx, scan);
  // Fail fast, with a clear reason, when the role cannot be assumed: before any scan work starts.
  await credentials();

  // Cancellation takes effect at once: a watcher reads the scan's status every second and aborts the engine,
  // which stops the calls in flight and the evaluation.
  const abort = new AbortController();
  const watcher = setInterval(() => {
    ctx.db
      .query<{ status: string }>('SELECT status FROM scans WHERE id = $1', [scan.id])
      .then(([row]) => {
        if (row?.status === 'cancelled') abort.abort(new Cancelled());
      })
      .catch(() => undefined);
  }, CANCEL_POLL_MS);
  watcher.unref();
  try {
    return await scanWith(ctx, scan, dir, selected, credentials, abort.signal);
  } finally {
    clearInterval(watcher);
  }
}

async function scanWith(
  ctx: ServiceContext,
  scan: ScanRow,
  dir: string,
  selected: ReturnType<typeof select>,
  credentials: AwsCredentialIdentityProvider,
  signal: AbortSignal,
): Promise<Outcome> {
  const req = scan.request;
  const frameworks = (selected.frameworks.length ? selected.frameworks : [LATEST_CIS]).map((id) => getFramework(id)!);
  let writers: OutputWriter[] = [];
  let lastProgress = 0;
  const progress = async (p: object, force = false) => {
    if (!force && Date.now() - lastProgress < 2000) return;
    lastProgress = Date.now();
    const [row] = await ctx.db.query<{ status: string }>('UPDATE scans SET progress = $2 WHERE id = $1 RETURNING status', [scan.id, JSON.stringify(p)]);
    if (row?.status === 'cancelled') throw new Cancelled();
  };
  const batch: Array<{ f: Finding; c: Check }> = [];
  let stored = 0;
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch.splice(0);
    const params: unknown[] = [];
    const values = rows.map(({ f, c }, i) => {
      params.push(scan.id, scan.tenant_id, f.uid, f.checkId, f.status, c.severity, c.service, f.region, f.resource.arn, f.muted, f.statusExtended, JSON.stringify(f));
      const b = i * 12;
      return `(${Array.from({ length: 12 }, (_, k) => `$${b + k + 1}`).join(',')})`;
    });
    await ctx.db.query(
      `INSERT INTO findings (scan_id, tenant_id, uid, check_id, status, severity, service, region, resource_arn, muted, status_extended, data) VALUES ${values.join(',')} ON CONFLICT (scan_id, uid) DO NOTHING`,
      params,
    );
    stored += rows.length;
  };
  const top: Outcome['top'] = [];
  const severityRank: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, informational: 4 };
  let accountId: string | undefined;
  const result = await scanAccount({
    checks: selected.checks,
    credentials,
    regions: req.regions,
    frameworks: selected.frameworks,
    signal,
    onProgress: (e) => {
      if (e.type === 'fact-done') void progress({ phase: 'collecting', done: e.done, units: e.units, apiCalls: e.apiCalls }).catch(() => undefined);
    },
    onInventory: async (inventory) => {
      accountId = inventory.meta.account.accountId;
      await progress({ phase: 'evaluating' }, true);
      const base = join(dir, `prowl-output-${accountId}-${scan.id}`);
      const octx: OutputContext = {
        account: inventory.meta.account,
        prowlVersion: VERSION,
        frameworks,
        authMethod: scan.sealed_credentials ? 'access keys (one-off scan)' : 'role assumed with external id',
        scanStartedAt: inventory.meta.startedAt,
        scanFinishedAt: inventory.meta.finishedAt,
        regions: inventory.meta.regions,
      };
      await mkdir(join(dir, 'compliance'), { recursive: true });
      writers = [...(await createWriters(['csv', 'json-ocsf', 'json-asff', 'html'], base, octx)), ...createComplianceWriters(dir, frameworks, octx, { base: `prowl-output-${accountId}-${scan.id}` })];
    },
    onFinding: async (f, c) => {
      for (const w of writers) await w.write(f, c);
      batch.push({ f, c });
      if (f.status === 'FAIL' && !f.muted) {
        top.push({ checkId: f.checkId, severity: c.severity, resource: f.resource.id, message: f.statusExtended });
        top.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
        if (top.length > 10) top.pop();
      }
      if (batch.length >= 200) {
        await flush();
        await progress({ phase: 'evaluating', findings: stored });
      }
    },
  });
  await flush();
  for (const w of writers) await w.close();
  return { counts: result.counts, score: result.score, findings: stored, awsAccountId: accountId, top };
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

const sha256File = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');

/** Pack every output into one tar.gz, keep it and the HTML report in the artifact folder, and upload them when a bucket is set. */
async function storeArtifacts(ctx: ServiceContext, scan: ScanRow, work: string, awsAccountId?: string): Promise<{ reportPath?: string }> {
  const dest = join(ctx.settings.dataDir, 'artifacts', scan.tenant_id, scan.id);
  await mkdir(dest, { recursive: true, mode: 0o700 });
  const files = await filesUnder(work);
  // tar-stream is CommonJS: in the bundled command its functions are on the default export.
  const tar = (await import('tar-stream')) as typeof import('tar-stream') & { default?: typeof import('tar-stream') };
  const pack = tar.pack ?? tar.default!.pack;
  const tarball = join(dest, 'artifacts.tar.gz');
  const p = pack();
  const partial = `${tarball}.${randomUUID()}.tmp`;
  const written = pipeline(p, createGzip(), createWriteStream(partial, { mode: 0o600 }));
  for (const f of files) {
    const s = await stat(f);
    await new Promise<void>((resolve, reject) => {
      const entry = p.entry({ name: relative(work, f), size: s.size, mode: 0o600, mtime: s.mtime }, (err) => (err ? reject(err) : resolve()));
      createReadStream(f).on('error', reject).pipe(entry);
    });
  }
  p.finalize();
  await written;
  const { rename, copyFile } = await import('node:fs/promises');
  await rename(partial, tarball);
  const html = files.find((f) => f.endsWith('.html') && !f.includes('/compliance/'));
  let reportPath: string | undefined;
  if (html) {
    reportPath = join(dest, 'report.html');
    await copyFile(html, reportPath);
  }
  const stored: Array<{ name: string; path: string }> = [{ name: 'artifacts.tar.gz', path: tarball }, ...(reportPath ? [{ name: 'report.html', path: reportPath }] : [])];
  for (const a of stored) {
    const s3Url = await uploadArtifact(ctx, scan, a.path, a.name, awsAccountId);
    await ctx.db.query(
      'INSERT INTO artifacts (scan_id, tenant_id, name, path, bytes, sha256, s3_url) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (scan_id, name) DO UPDATE SET path = EXCLUDED.path, bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256, s3_url = EXCLUDED.s3_url',
      [scan.id, scan.tenant_id, a.name, a.path, (await stat(a.path)).size, await sha256File(a.path), s3Url ?? null],
    );
  }
  return { reportPath };
}

/** Upload to s3://bucket/prefix/<tenant>/<account>/<scan>/<name>, encrypted, to a bucket of the expected owner only. */
async function uploadArtifact(ctx: ServiceContext, scan: ScanRow, path: string, name: string, awsAccountId?: string): Promise<string | undefined> {
  const target = ctx.settings.artifactBucket;
  if (!target) return undefined;
  const u = new URL(target.url);
  const key = [u.pathname.replace(/^\/+|\/+$/g, ''), scan.tenant_id, awsAccountId ?? scan.account_id ?? 'unknown', scan.id, name].filter(Boolean).join('/');
  const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'us-east-1', forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL) });
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: u.hostname,
        Key: key,
        Body: await readFile(path),
        ServerSideEncryption: 'AES256',
        ...(target.expectedOwner ? { ExpectedBucketOwner: target.expectedOwner } : {}),
      }),
    );
  } finally {
    s3.destroy();
  }
  return `s3://${u.hostname}/${key}`;
}

async function sendNotifications(ctx: ServiceContext, scan: ScanRow, status: string, outcome: Outcome, reportPath?: string): Promise<void> {
  const targets = (scan.request.notify ?? {}) as NotifyTargets;
  if (!targets.email?.length && !targets.slack?.length && !targets.webhook?.length) return;
  const [tenant] = await ctx.db.query<{ name: string }>('SELECT name FROM tenants WHERE id = $1', [scan.tenant_id]);
  const [acct] = scan.account_id ? await ctx.db.query<{ name: string }>('SELECT name FROM accounts WHERE id = $1 AND tenant_id = $2', [scan.account_id, scan.tenant_id]) : [];
  const summary: ScanSummary = {
    scanId: scan.id,
    scanName: scan.name ?? undefined,
    tenant: tenant?.name ?? scan.tenant_id,
    accountId: outcome.awsAccountId,
    accountName: acct?.name,
    status,
    counts: outcome.counts as Record<string, number>,
    score: outcome.score,
    error: outcome.error,
    topFails: outcome.top,
    link: ctx.settings.publicUrl ? `${ctx.settings.publicUrl.replace(/\/$/, '')}/#/scans/${scan.id}` : undefined,
  };
  const deliveries = await notify(targets, summary, {
    smtp: ctx.settings.smtp,
    allowPrivateWebhooks: ctx.settings.allowPrivateWebhooks,
    reportHtml: async () => (reportPath ? readFile(reportPath) : undefined),
  });
  for (const d of deliveries) {
    await ctx.db.query('INSERT INTO notifications (scan_id, tenant_id, kind, target, ok, detail) VALUES ($1,$2,$3,$4,$5,$6)', [scan.id, scan.tenant_id, d.kind, d.target, d.ok, d.detail ?? null]);
  }
}
