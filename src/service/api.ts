/**
 * The service's HTTP API (Hono): JSON over HTTP, every /v1 route behind `Authorization: Bearer <api key>`.
 * A key belongs to a tenant, and every query filters on that tenant: another tenant's id answers 404, the
 * same as an id that does not exist. Admin keys manage tenants and their keys. Requests are rate-limited
 * per key (a token bucket per process).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { authenticate, createApiKey, ensureTenant, newId, revokeApiKey, type KeyOwner } from './keys.js';
import { SCAN_QUEUE, SCHEDULE_QUEUE, type ServiceContext } from './context.js';
import { accountCreateSchema, findingsQuerySchema, keyCreateSchema, scanRequestSchema, scheduleSchema, tenantCreateSchema, ROLE_ARN } from './schemas.js';
import { cloudFormationTemplate, terraformTemplate } from './role-template.js';
import { openApiDocument } from './openapi.js';
import { validateAccount } from './validate.js';
import { CONSOLE_HTML, CONSOLE_JS } from './console.js';

type Env = { Variables: { owner: KeyOwner } };

const json = (c: Context, status: number, body: unknown) => c.json(body as object, status as 200);
const notFound = (c: Context, what = 'not found') => json(c, 404, { error: what });

async function parseBody<T extends z.ZodTypeAny>(c: Context, schema: T): Promise<z.infer<T> | Response> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return json(c, 400, { error: 'the body must be JSON' });
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    return json(c, 400, { error: `invalid request: ${i.path.join('.') || '(body)'}: ${i.message}` });
  }
  return r.data;
}

/** Five-field cron, as pg-boss schedules it: minute hour day-of-month month day-of-week. */
function checkCron(expr: string): string | undefined {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((f) => /^[\d*,/-]+$|^[A-Za-z]{3}(-[A-Za-z]{3})?$/.test(f))) return 'a cron expression has five fields (minute hour day month weekday)';
  return undefined;
}

export function createApi(ctx: ServiceContext): Hono<Env> {
  const { db } = ctx;
  const app = new Hono<Env>();
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMinute = ctx.settings.rateLimitPerMinute ?? 600;

  app.onError((err, c) => {
    process.stderr.write(`api: ${err.stack ?? err.message}\n`);
    return json(c, 500, { error: 'internal error' });
  });

  app.get('/healthz', async (c) => {
    try {
      await db.query('SELECT 1');
      return json(c, 200, { status: 'ok', store: db.kind });
    } catch {
      return json(c, 503, { status: 'store unavailable' });
    }
  });

  // Service-wide counts are the operator's, not a tenant's: an admin key (Prometheus: authorization credentials).
  app.get('/metrics', async (c) => {
    const m = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const owner = m ? await authenticate(db, m[1]) : undefined;
    if (!owner) return json(c, 401, { error: 'an admin API key is required (Authorization: Bearer <key>)' });
    if (!owner.admin) return json(c, 403, { error: 'admin key required' });
    const byStatus = await db.query<{ status: string; n: string }>('SELECT status, count(*)::text AS n FROM scans GROUP BY status');
    const durations = await db.query<{ n: string; sum: string | null }>(
      "SELECT count(*)::text AS n, sum(extract(epoch FROM finished_at - started_at))::text AS sum FROM scans WHERE status = 'succeeded' AND started_at IS NOT NULL",
    );
    const queue = await ctx.boss.getQueue(SCAN_QUEUE).catch(() => null);
    const lines = [
      '# HELP prowl_scans Scans by status.',
      '# TYPE prowl_scans gauge',
      ...['queued', 'running', 'succeeded', 'failed', 'cancelled'].map((s) => `prowl_scans{status="${s}"} ${byStatus.find((r) => r.status === s)?.n ?? 0}`),
      '# HELP prowl_scan_queue_depth Scan jobs waiting in the queue.',
      '# TYPE prowl_scan_queue_depth gauge',
      `prowl_scan_queue_depth ${(queue as { queuedCount?: number } | null)?.queuedCount ?? 0}`,
      '# HELP prowl_scan_duration_seconds Duration of succeeded scans.',
      '# TYPE prowl_scan_duration_seconds summary',
      `prowl_scan_duration_seconds_sum ${Number(durations[0]?.sum ?? 0).toFixed(3)}`,
      `prowl_scan_duration_seconds_count ${durations[0]?.n ?? 0}`,
    ];
    return c.text(`${lines.join('\n')}\n`, 200, { 'content-type': 'text/plain; version=0.0.4' });
  });

  app.get('/v1/openapi.json', (c) => json(c, 200, openApiDocument()));
  app.get('/', (c) => c.html(CONSOLE_HTML, 200, { 'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'" }));
  app.get('/console.js', (c) => c.body(CONSOLE_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' }));

  // ---- authentication and rate limiting for every /v1 route but the OpenAPI document
  app.use('/v1/*', async (c, next) => {
    if (c.req.path === '/v1/openapi.json') return next();
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const owner = m ? await authenticate(db, m[1]) : undefined;
    if (!owner) return json(c, 401, { error: 'a valid API key is required (Authorization: Bearer <key>)' });
    const now = Date.now();
    const b = buckets.get(owner.keyId) ?? { tokens: perMinute, at: now };
    b.tokens = Math.min(perMinute, b.tokens + ((now - b.at) / 60_000) * perMinute);
    b.at = now;
    if (b.tokens < 1) {
      buckets.set(owner.keyId, b);
      return c.json({ error: 'rate limit exceeded' }, 429, { 'retry-after': String(Math.ceil((60_000 / perMinute) / 1000)) });
    }
    b.tokens -= 1;
    buckets.set(owner.keyId, b);
    c.set('owner', owner);
    await next();
  });
  const tenantOf = (c: Context<Env>): string | undefined => c.get('owner').tenantId ?? undefined;
  const requireTenant = (c: Context<Env>) => {
    const t = tenantOf(c);
    if (!t) return json(c, 403, { error: 'this route needs a tenant key (admin keys manage tenants only)' });
    return t;
  };

  // ---- tenants and keys (admin)
  app.post('/v1/tenants', async (c) => {
    if (!c.get('owner').admin) return json(c, 403, { error: 'admin key required' });
    const body = await parseBody(c, tenantCreateSchema);
    if (body instanceof Response) return body;
    const id = await ensureTenant(db, body.name);
    return json(c, 201, { id, name: body.name });
  });
  app.post('/v1/tenants/:id/keys', async (c) => {
    if (!c.get('owner').admin) return json(c, 403, { error: 'admin key required' });
    const body = await parseBody(c, keyCreateSchema);
    if (body instanceof Response) return body;
    const [t] = await db.query('SELECT id FROM tenants WHERE id = $1', [c.req.param('id')]);
    if (!t) return notFound(c);
    const key = await createApiKey(db, { tenantId: c.req.param('id'), label: body.label });
    return json(c, 201, { id: key.id, key: key.key, note: 'shown once: store it now' });
  });
  app.delete('/v1/keys/:id', async (c) => {
    const owner = c.get('owner');
    const ok = await revokeApiKey(db, c.req.param('id'), owner.admin ? null : (owner.tenantId ?? '-'));
    return ok ? c.body(null, 204) : notFound(c);
  });

  // ---- accounts
  app.post('/v1/accounts', async (c) => {
    const tenant = requireTenant(c);
    if (typeof tenant !== 'string') return tenant;
    const body = await parseBody(c, accountCreateSchema);
    if (body instanceof Response) return body;
    if (body.schedule && checkCron(body.schedule)) return json(c, 400, { error: checkCron(body.schedule) });
    const id = newId('acc');
    // The external id is the service's, never the caller's: one per account, so no customer can make the
    // service assume a role that trusts another customer's id (the confused deputy).
    const externalId = newId('ext').replace(/^ext_/, 'prowl-');
    const awsAccountId = ROLE_ARN.exec(body.role_arn)![2];
    await db.query('INSERT INTO accounts (id, tenant_id, name, role_arn, aws_account_id, external_id, schedule) VALUES ($1,$2,$3,$4,$5,$6,$7)', [
      id, tenant, body.name, body.role_arn, awsAccountId, externalId, body.schedule ?? null,
    ]);
    if (body.schedule) await ctx.boss.schedule(SCHEDULE_QUEUE, body.schedule, { accountId: id, tenantId: tenant }, { key: id, tz: 'UTC' } as never);
    const principal = await servicePrincipal(ctx);
    return json(c, 201, {
      id,
      name: body.name,
      role_arn: body.role_arn,
      aws_account_id: awsAccountId,
      external_id: externalId,
      schedule: body.schedule ?? null,
      role_template: { cloudformation: cloudFormationTemplate({ servicePrincipalArn: principal, externalId }), terraform: terraformTemplate({ servicePrincipalArn: principal, externalId }) },
    });
  });
  app.get('/v1/accounts', async (c) => {
    const tenant = requireTenant(c);
    if (typeof tenant !== 'string') return tenant;
    const rows = await db.query('SELECT id, name, role_arn, aws_account_id, external_id, schedule, last_validation, created_at FROM accounts WHERE tenant_id = $1 AND deleted_at IS NULL ORDER BY created_at', [tenant]);
    return json(c, 200, { accounts: rows });
  });
  const account = async (c: Context<Env>) => {
    const tenant = tenantOf(c);
    if (!tenant) return undefined;
    const [row] = await db.query<{ id: string; name: string; role_arn: string; external_id: string; aws_account_id: string }>(
      'SELECT id, name, role_arn, aws_account_id, external_id, schedule, last_validation, created_at FROM accounts WHERE id = $1 AND tenant_id = $2 AND deleted_at IS NULL',
      [c.req.param('id'), tenant],
    );
    return row;
  };
  app.get('/v1/accounts/:id', async (c) => {
    const row = await account(c);
    return row ? json(c, 200, row) : notFound(c);
  });
  app.delete('/v1/accounts/:id', async (c) => {
    const row = await account(c);
    if (!row) return notFound(c);
    await db.query('UPDATE accounts SET deleted_at = now() WHERE id = $1 AND tenant_id = $2', [row.id, tenantOf(c)]);
    await ctx.boss.unschedule(SCHEDULE_QUEUE, row.id).catch(() => undefined);
    return c.body(null, 204);
  });
  app.get('/v1/accounts/:id/role-template', async (c) => {
    const row = await account(c);
    if (!row) return notFound(c);
    const o = { servicePrincipalArn: await servicePrincipal(ctx), externalId: row.external_id };
    return c.req.query('format') === 'terraform'
      ? c.text(terraformTemplate(o), 200, { 'content-type': 'text/plain; charset=utf-8' })
      : c.text(cloudFormationTemplate(o), 200, { 'content-type': 'application/yaml; charset=utf-8' });
  });
  app.post('/v1/accounts/:id/validate', async (c) => {
    const row = await account(c);
    if (!row) return notFound(c);
    const report = await validateAccount(ctx, row.role_arn, row.external_id);
    await db.query('UPDATE accounts SET last_validation = $3 WHERE id = $1 AND tenant_id = $2', [row.id, tenantOf(c), JSON.stringify(report)]);
    return json(c, 200, report);
  });
  app.put('/v1/accounts/:id/schedule', async (c) => {
    const row = await account(c);
    if (!row) return notFound(c);
    const body = await parseBody(c, scheduleSchema);
    if (body instanceof Response) return body;
    if (body.cron && checkCron(body.cron)) return json(c, 400, { error: checkCron(body.cron) });
    await db.query('UPDATE accounts SET schedule = $3 WHERE id = $1 AND tenant_id = $2', [row.id, tenantOf(c), body.cron]);
    if (body.cron) await ctx.boss.schedule(SCHEDULE_QUEUE, body.cron, { accountId: row.id, tenantId: tenantOf(c) }, { key: row.id, tz: 'UTC' } as never);
    else await ctx.boss.unschedule(SCHEDULE_QUEUE, row.id);
    return json(c, 200, { id: row.id, schedule: body.cron });
  });

  // ---- scans
  app.post('/v1/scans', async (c) => {
    const tenant = requireTenant(c);
    if (typeof tenant !== 'string') return tenant;
    const body = await parseBody(c, scanRequestSchema);
    if (body instanceof Response) return body;
    const idem = c.req.header('idempotency-key');
    if (idem && !/^[\x21-\x7e]{1,200}$/.test(idem)) return json(c, 400, { error: 'invalid Idempotency-Key' });
    if (idem) {
      const [prev] = await db.query<{ id: string }>('SELECT id FROM scans WHERE tenant_id = $1 AND idempotency_key = $2', [tenant, idem]);
      if (prev) return json(c, 200, await scanView(ctx, tenant, prev.id));
    }
    if (body.account_id) {
      const [acct] = await db.query('SELECT id FROM accounts WHERE id = $1 AND tenant_id = $2 AND deleted_at IS NULL', [body.account_id, tenant]);
      if (!acct) return notFound(c, 'account not found');
    }
    const { access_keys: keys, ...request } = body;
    const sealed = keys ? ctx.sealer.seal(JSON.stringify({ accessKeyId: keys.access_key_id, secretAccessKey: keys.secret_access_key, sessionToken: keys.session_token })) : null;
    const created = await enqueueScan(ctx, tenant, request, sealed, idem);
    return json(c, created.existing ? 200 : 202, await scanView(ctx, tenant, created.id));
  });
  app.get('/v1/scans', async (c) => {
    const tenant = requireTenant(c);
    if (typeof tenant !== 'string') return tenant;
    const limit = Math.min(200, Math.max(1, Number(c.req.query('limit') ?? 50) || 50));
    const rows = await db.query<{ id: string }>('SELECT id FROM scans WHERE tenant_id = $1 ORDER BY created_at DESC LIMIT $2', [tenant, limit]);
    return json(c, 200, { scans: await Promise.all(rows.map((r) => scanView(ctx, tenant, r.id))) });
  });
  app.get('/v1/scans/:id', async (c) => {
    const tenant = tenantOf(c);
    const view = tenant ? await scanView(ctx, tenant, c.req.param('id')) : undefined;
    return view ? json(c, 200, view) : notFound(c);
  });
  app.delete('/v1/scans/:id', async (c) => {
    const tenant = tenantOf(c);
    const [row] = tenant
      ? await db.query<{ status: string; job_id: string | null }>(
          "UPDATE scans SET status = 'cancelled', finished_at = coalesce(finished_at, now()), sealed_credentials = NULL WHERE id = $1 AND tenant_id = $2 AND status IN ('queued', 'running') RETURNING status, job_id",
          [c.req.param('id'), tenant],
        )
      : [];
    if (!row) {
      const view = tenant ? await scanView(ctx, tenant, c.req.param('id')) : undefined;
      return view ? json(c, 409, { error: `the scan is already ${view.status}` }) : notFound(c);
    }
    if (row.job_id) await ctx.boss.cancel(SCAN_QUEUE, row.job_id).catch(() => undefined);
    return json(c, 200, await scanView(ctx, tenant!, c.req.param('id')));
  });
  app.get('/v1/scans/:id/findings', async (c) => {
    const tenant = tenantOf(c);
    if (!tenant || !(await scanView(ctx, tenant, c.req.param('id')))) return notFound(c);
    const q = findingsQuerySchema.safeParse(c.req.query());
    if (!q.success) return json(c, 400, { error: `invalid query: ${q.error.issues[0].path.join('.')}: ${q.error.issues[0].message}` });
    const where = ['tenant_id = $1', 'scan_id = $2'];
    const params: unknown[] = [tenant, c.req.param('id')];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.data.status) add('status = ?', q.data.status);
    if (q.data.severity) add('severity = ?', q.data.severity);
    if (q.data.service) add('service = ?', q.data.service);
    if (q.data.region) add('region = ?', q.data.region);
    if (q.data.check) add('check_id = ?', q.data.check);
    if (q.data.muted) add('muted = ?', q.data.muted === 'true');
    if (q.data.cursor) add('uid > ?', q.data.cursor);
    params.push(q.data.limit + 1);
    const rows = await db.query<{ uid: string; data: unknown }>(`SELECT uid, data FROM findings WHERE ${where.join(' AND ')} ORDER BY uid LIMIT $${params.length}`, params);
    const page = rows.slice(0, q.data.limit);
    return json(c, 200, { findings: page.map((r) => (typeof r.data === 'string' ? JSON.parse(r.data) : r.data)), next_cursor: rows.length > q.data.limit ? page[page.length - 1].uid : null });
  });
  const artifact = (name: string, type: string) => async (c: Context<Env>) => {
    const tenant = tenantOf(c);
    const [row] = tenant ? await db.query<{ path: string }>('SELECT path FROM artifacts WHERE scan_id = $1 AND tenant_id = $2 AND name = $3', [c.req.param('id'), tenant, name]) : [];
    if (!row) return notFound(c, 'no such artifact (the scan may not have finished)');
    const s = await stat(row.path).catch(() => undefined);
    if (!s) return notFound(c, 'the artifact file is gone');
    return new Response(Readable.toWeb(createReadStream(row.path)) as ReadableStream, {
      headers: { 'content-type': type, 'content-length': String(s.size), 'content-disposition': `attachment; filename="prowl-${c.req.param('id')}-${name}"`, 'x-content-type-options': 'nosniff' },
    });
  };
  app.get('/v1/scans/:id/report.html', artifact('report.html', 'text/html; charset=utf-8'));
  app.get('/v1/scans/:id/artifacts.tar.gz', artifact('artifacts.tar.gz', 'application/gzip'));

  return app;
}

let principalCache: Promise<string> | undefined;
/** The identity customers' roles must trust: configured, or the service's own (sts:GetCallerIdentity). */
export function servicePrincipal(ctx: ServiceContext): Promise<string> {
  if (ctx.settings.principalArn) return Promise.resolve(ctx.settings.principalArn);
  principalCache ??= (async () => {
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const sts = new STSClient({ region: process.env.AWS_REGION ?? 'us-east-1' });
    try {
      const arn = (await sts.send(new GetCallerIdentityCommand({}))).Arn!;
      // An assumed-role session ARN is not a principal a trust policy can name: use its role.
      const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
      return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn;
    } finally {
      sts.destroy();
    }
  })().catch((e) => {
    principalCache = undefined;
    throw e;
  });
  return principalCache;
}

export async function enqueueScan(
  ctx: ServiceContext,
  tenant: string,
  request: Record<string, unknown>,
  sealed: string | null,
  idem?: string,
): Promise<{ id: string; existing: boolean }> {
  const id = newId('scan');
  let awsAccount: string | null = null;
  if (request.account_id) {
    const [a] = await ctx.db.query<{ aws_account_id: string }>('SELECT aws_account_id FROM accounts WHERE id = $1 AND tenant_id = $2', [request.account_id, tenant]);
    awsAccount = a?.aws_account_id ?? null;
  }
  try {
    await ctx.db.query('INSERT INTO scans (id, tenant_id, account_id, aws_account_id, name, request, status, idempotency_key, sealed_credentials) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)', [
      id, tenant, request.account_id ?? null, awsAccount, request.scan_name ?? null, JSON.stringify(request), 'queued', idem ?? null, sealed,
    ]);
  } catch (e) {
    // Two requests with one Idempotency-Key at once: the second finds the first's scan.
    if ((e as { code?: string }).code === '23505' && idem) {
      const [prev] = await ctx.db.query<{ id: string }>('SELECT id FROM scans WHERE tenant_id = $1 AND idempotency_key = $2', [tenant, idem]);
      if (prev) return { id: prev.id, existing: true };
    }
    throw e;
  }
  // One active scan per AWS account: the singleton queue lets one job per key run, the rest wait.
  const jobId = await ctx.boss.send(SCAN_QUEUE, { scanId: id, tenantId: tenant }, { singletonKey: `account:${awsAccount ?? id}`, ...(ctx.settings.globalConcurrency ? { group: { id: 'scans' } } : {}) });
  await ctx.db.query('UPDATE scans SET job_id = $2 WHERE id = $1', [id, jobId]);
  return { id, existing: false };
}

export async function scanView(ctx: ServiceContext, tenant: string, id: string) {
  const [r] = await ctx.db.query<Record<string, unknown>>(
    'SELECT id, account_id, aws_account_id, name, request, status, progress, counts, score, error, attempts, created_at, started_at, finished_at FROM scans WHERE id = $1 AND tenant_id = $2',
    [id, tenant],
  );
  if (!r) return undefined;
  const artifacts = await ctx.db.query<{ name: string; bytes: string; s3_url: string | null }>('SELECT name, bytes::text AS bytes, s3_url FROM artifacts WHERE scan_id = $1 AND tenant_id = $2 ORDER BY name', [id, tenant]);
  return {
    ...r,
    scan_name: r.name,
    status: r.status as string,
    artifacts: artifacts.map((a) => ({ name: a.name, bytes: Number(a.bytes), s3_url: a.s3_url, url: `/v1/scans/${id}/${a.name}` })),
  };
}
