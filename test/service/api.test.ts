/** The service's API against a real PostgreSQL: authentication, tenant isolation, idempotency, cancellation, schedules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testService, type TestService } from '../helpers/service.js';
import { createApiKey } from '../../src/service/keys.js';
import { SCHEDULE_QUEUE } from '../../src/service/context.js';
import { reconcile, startScheduler } from '../../src/service/server.js';

let svc: TestService;
let acme: string;
let globex: string;

const createAccount = async (key: string, name: string, account = '111122223333') => {
  const res = await svc.request('/v1/accounts', { method: 'POST', key, body: JSON.stringify({ name, role_arn: `arn:aws:iam::${account}:role/ProwlScanRole` }) });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; external_id: string; role_template: { cloudformation: string; terraform: string } };
};

beforeAll(async () => {
  svc = await testService();
  acme = await svc.tenantKey('acme');
  globex = await svc.tenantKey('globex');
});
afterAll(async () => svc?.close());

describe('API authentication', () => {
  it('refuses a missing, malformed, unknown or revoked key with 401 and the same message', async () => {
    const bodies = new Set<string>();
    for (const key of [undefined, 'nope', 'prowl_key_AAAAAAAAAAAAAAAA_' + 'x'.repeat(43), `${acme.slice(0, -4)}AAAA`]) {
      const res = await svc.request('/v1/accounts', { key });
      expect(res.status).toBe(401);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    const temp = await svc.tenantKey('acme');
    expect((await svc.request('/v1/accounts', { key: temp })).status).toBe(200);
    const id = /^prowl_(key_[A-Za-z0-9]{16})_/.exec(temp)![1];
    expect((await svc.request(`/v1/keys/${id}`, { method: 'DELETE', key: globex })).status).toBe(404);
    expect((await svc.request(`/v1/keys/${id}`, { method: 'DELETE', key: temp })).status).toBe(204);
    expect((await svc.request('/v1/accounts', { key: temp })).status).toBe(401);
  });

  it('stores keys only as hashes', async () => {
    const rows = await svc.ctx.db.query<{ hash: string }>('SELECT hash FROM api_keys');
    const secret = acme.split('_').slice(3).join('_');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash) && r.hash !== secret)).toBe(true);
  });

  it('healthz and the OpenAPI document need no key; metrics and admin routes need an admin key', async () => {
    expect((await svc.request('/healthz')).status).toBe(200);
    // Service-wide counts are not a tenant's to read, nor anyone's without a key.
    expect((await svc.request('/metrics')).status).toBe(401);
    expect((await svc.request('/metrics', { key: acme })).status).toBe(403);
    const operator = (await createApiKey(svc.ctx.db, { tenantId: null, admin: true })).key;
    expect(await (await svc.request('/metrics', { key: operator })).text()).toMatch(/prowl_scans\{status="queued"\} \d+/);
    const doc = (await (await svc.request('/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/scans', '/v1/accounts/{id}/validate', '/v1/scans/{id}/findings']));
    expect((await svc.request('/v1/tenants', { method: 'POST', key: acme, body: JSON.stringify({ name: 'x' }) })).status).toBe(403);
    const admin = (await createApiKey(svc.ctx.db, { tenantId: null, admin: true })).key;
    const t = await svc.request('/v1/tenants', { method: 'POST', key: admin, body: JSON.stringify({ name: 'initech' }) });
    expect(t.status).toBe(201);
    const k = await svc.request(`/v1/tenants/${((await t.json()) as { id: string }).id}/keys`, { method: 'POST', key: admin, body: '{}' });
    const initech = ((await k.json()) as { key: string }).key;
    expect((await svc.request('/v1/accounts', { key: initech })).status).toBe(200);
  });
});

describe('accounts and tenant isolation', () => {
  it('generates a distinct external id per account that the caller cannot choose, with a role template that requires it', async () => {
    const a = await createAccount(acme, 'prod');
    const b = await createAccount(acme, 'staging');
    expect(a.external_id).not.toBe(b.external_id);
    expect(a.external_id).toMatch(/^prowl-[A-Za-z0-9]{16}$/);
    expect(a.role_template.cloudformation).toContain(a.external_id);
    expect(a.role_template.cloudformation).toContain('sts:ExternalId');
    expect(a.role_template.terraform).toContain(a.external_id);
    const chosen = await svc.request('/v1/accounts', { method: 'POST', key: acme, body: JSON.stringify({ name: 'x', role_arn: 'arn:aws:iam::111122223333:role/R', external_id: 'mine' }) });
    expect(chosen.status).toBe(400);
    const bad = await svc.request('/v1/accounts', { method: 'POST', key: acme, body: JSON.stringify({ name: 'x', role_arn: 'not-an-arn' }) });
    expect(bad.status).toBe(400);
  });

  it("answers 404 for another tenant's account, scan, findings and artifacts, as for ids that do not exist", async () => {
    const a = await createAccount(acme, 'isolated');
    const scan = await svc.request('/v1/scans', { method: 'POST', key: acme, body: JSON.stringify({ account_id: a.id }) });
    expect(scan.status).toBe(202);
    const s = (await scan.json()) as { id: string; status: string };
    expect(s.status).toBe('queued');
    for (const path of [`/v1/accounts/${a.id}`, `/v1/accounts/${a.id}/role-template`, `/v1/scans/${s.id}`, `/v1/scans/${s.id}/findings`, `/v1/scans/${s.id}/report.html`, `/v1/scans/${s.id}/artifacts.tar.gz`]) {
      expect((await svc.request(path, { key: globex })).status, path).toBe(404);
      expect((await svc.request(path.replace(a.id, 'acc_nothere').replace(s.id, 'scan_nothere'), { key: acme })).status, path).toBe(404);
    }
    expect((await svc.request(`/v1/scans/${s.id}`, { method: 'DELETE', key: globex })).status).toBe(404);
    expect((await svc.request('/v1/scans', { method: 'POST', key: globex, body: JSON.stringify({ account_id: a.id }) })).status).toBe(404);
    const listed = (await (await svc.request('/v1/scans', { key: globex })).json()) as { scans: unknown[] };
    expect(listed.scans).toEqual([]);
    const mine = (await (await svc.request('/v1/accounts', { key: globex })).json()) as { accounts: unknown[] };
    expect(mine.accounts).toEqual([]);
  });
});

describe('scans', () => {
  it('one Idempotency-Key gives one scan per tenant, even when sent twice at once', async () => {
    const a = await createAccount(acme, 'idem');
    const send = (key: string) => svc.request('/v1/scans', { method: 'POST', key, headers: { 'idempotency-key': 'nightly-2026-12-02' }, body: JSON.stringify({ account_id: a.id, scan_name: 'nightly' }) });
    const [r1, r2] = await Promise.all([send(acme), send(acme)]);
    const ids = [((await r1.json()) as { id: string }).id, ((await r2.json()) as { id: string }).id];
    expect(ids[0]).toBe(ids[1]);
    expect([r1.status, r2.status].sort()).toEqual([200, 202]);
    const rows = await svc.ctx.db.query("SELECT id FROM scans WHERE idempotency_key = 'nightly-2026-12-02'");
    expect(rows).toHaveLength(1);
  });

  it('cancels a queued scan, removes its job, and refuses to cancel it twice', async () => {
    const a = await createAccount(acme, 'cancel');
    const s = (await (await svc.request('/v1/scans', { method: 'POST', key: acme, body: JSON.stringify({ account_id: a.id }) })).json()) as { id: string };
    const del = await svc.request(`/v1/scans/${s.id}`, { method: 'DELETE', key: acme });
    expect(del.status).toBe(200);
    expect(((await del.json()) as { status: string }).status).toBe('cancelled');
    const [row] = await svc.ctx.db.query<{ job_id: string }>('SELECT job_id FROM scans WHERE id = $1', [s.id]);
    const job = (await svc.ctx.boss.getJobById('prowl-scan', row.job_id)) as { state: string };
    expect(job.state).toBe('cancelled');
    expect((await svc.request(`/v1/scans/${s.id}`, { method: 'DELETE', key: acme })).status).toBe(409);
  });

  it('validates the scan request: one of account_id and access keys, known severities, no unknown fields', async () => {
    for (const body of [{}, { account_id: 'acc_x', access_keys: { access_key_id: 'AKIAAAAAAAAAAAAAAAAA', secret_access_key: 'x'.repeat(40) } }, { account_id: 'a', severity: ['urgent'] }, { account_id: 'a', bogus: 1 }]) {
      expect((await svc.request('/v1/scans', { method: 'POST', key: acme, body: JSON.stringify(body) })).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('seals one-off access keys at rest', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYFAKEFAKEKEY';
    const r = await svc.request('/v1/scans', { method: 'POST', key: acme, body: JSON.stringify({ access_keys: { access_key_id: 'AKIAIOSFODNN7FAKEKEY', secret_access_key: secret } }) });
    expect(r.status).toBe(202);
    const [row] = await svc.ctx.db.query<{ sealed_credentials: string; request: unknown }>('SELECT sealed_credentials, request FROM scans WHERE id = $1', [((await r.json()) as { id: string }).id]);
    expect(row.sealed_credentials).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.parse(svc.ctx.sealer.open(row.sealed_credentials)).secretAccessKey).toBe(secret);
  });

  it('a schedule registers a cron per account, and each firing queues a scan of that account', async () => {
    const a = await createAccount(acme, 'scheduled');
    expect((await svc.request(`/v1/accounts/${a.id}/schedule`, { method: 'PUT', key: acme, body: JSON.stringify({ cron: 'every day' }) })).status).toBe(400);
    expect((await svc.request(`/v1/accounts/${a.id}/schedule`, { method: 'PUT', key: acme, body: JSON.stringify({ cron: '0 3 * * *' }) })).status).toBe(200);
    const schedules = await svc.ctx.boss.getSchedules(SCHEDULE_QUEUE, a.id);
    expect(schedules.map((s) => s.cron)).toEqual(['0 3 * * *']);
    await startScheduler(svc.ctx);
    // What pg-boss sends when the cron fires:
    await svc.ctx.boss.send(SCHEDULE_QUEUE, (schedules[0].data ?? {}) as object);
    const deadline = Date.now() + 20_000;
    let rows: Array<{ name: string }> = [];
    while (Date.now() < deadline && !rows.length) {
      rows = await svc.ctx.db.query<{ name: string }>('SELECT name FROM scans WHERE account_id = $1', [a.id]);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toMatch(/^scheduled /);
  });

  it('a scan stored but never queued (the process died in between) is queued by the reconciler', async () => {
    const a = await createAccount(acme, 'orphan');
    const { id } = (await (await svc.request('/v1/scans', { method: 'POST', key: acme, body: JSON.stringify({ account_id: a.id }) })).json()) as { id: string };
    await svc.ctx.db.query("UPDATE scans SET job_id = NULL, created_at = now() - interval '5 minutes' WHERE id = $1", [id]);
    await reconcile(svc.ctx);
    const [row] = await svc.ctx.db.query<{ job_id: string | null; status: string }>('SELECT job_id, status FROM scans WHERE id = $1', [id]);
    expect(row.status).toBe('queued');
    expect(((await svc.ctx.boss.getJobById('prowl-scan', row.job_id!)) as { data: { scanId: string } }).data.scanId).toBe(id);
  });
});
