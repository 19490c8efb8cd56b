/**
 * Test helpers for the scan service: a real PostgreSQL (127.0.0.1:5432, database test) with a schema per
 * test, and an API client that speaks to the Hono app in process.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext, type ServiceContext, type ServiceSettings } from '../../src/service/context.js';
import { createApi } from '../../src/service/api.js';
import { createApiKey, ensureTenant } from '../../src/service/keys.js';

export const DATABASE_URL = process.env.PROWL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestService {
  ctx: ServiceContext;
  schema: string;
  dataDir: string;
  request(path: string, init?: RequestInit & { key?: string }): Promise<Response>;
  tenantKey(tenant: string): Promise<string>;
  close(): Promise<void>;
}

export async function testService(settings: Partial<ServiceSettings> = {}): Promise<TestService> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'prowl-svc-'));
  const ctx = await openContext({ databaseUrl: DATABASE_URL, dataDir, schema, principalArn: 'arn:aws:iam::999999999999:role/prowl-service', heartbeatSeconds: 10, ...settings });
  const app = createApi(ctx);
  return {
    ctx,
    schema,
    dataDir,
    request: (path, init = {}) => {
      const { key, headers, ...rest } = init;
      return Promise.resolve(app.request(path, { ...rest, headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...(headers as Record<string, string>) } }));
    },
    tenantKey: async (tenant) => (await createApiKey(ctx.db, { tenantId: await ensureTenant(ctx.db, tenant) })).key,
    async close() {
      await ctx.close();
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
      await c.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Poll until fn returns a truthy value (or throw after ms). */
export async function until<T>(fn: () => Promise<T | undefined | false | null>, ms = 60_000, every = 250): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, every));
  }
}
