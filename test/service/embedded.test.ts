/**
 * With no DATABASE_URL the service runs on an embedded PGlite store in its data folder: migrations, the
 * pg-boss queue (through its PGlite adapter) and the API work there too, and the store survives a restart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openContext } from '../../src/service/context.js';
import { createApi } from '../../src/service/api.js';
import { createApiKey, ensureTenant } from '../../src/service/keys.js';
import { SCAN_QUEUE } from '../../src/service/context.js';

describe('embedded store (PGlite)', () => {
  it('runs migrations, the job queue and the API, and keeps data across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'prowl-embedded-'));
    try {
      let ctx = await openContext({ dataDir, principalArn: 'arn:aws:iam::999999999999:role/prowl-service' });
      expect(ctx.db.kind).toBe('pglite');
      const key = (await createApiKey(ctx.db, { tenantId: await ensureTenant(ctx.db, 'solo') })).key;
      const app = createApi(ctx);
      const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
      const acct = await app.request('/v1/accounts', { method: 'POST', headers, body: JSON.stringify({ name: 'home', role_arn: 'arn:aws:iam::123456789012:role/ProwlScanRole' }) });
      expect(acct.status).toBe(201);
      const scan = await app.request('/v1/scans', { method: 'POST', headers, body: JSON.stringify({ account_id: ((await acct.json()) as { id: string }).id }) });
      expect(scan.status).toBe(202);
      const [row] = await ctx.db.query<{ job_id: string }>('SELECT job_id FROM scans');
      expect(((await ctx.boss.getJobById(SCAN_QUEUE, row.job_id)) as { state: string }).state).toBe('created');
      await ctx.close();
      ctx = await openContext({ dataDir });
      const again = createApi(ctx);
      const list = (await (await again.request('/v1/scans', { headers })).json()) as { scans: Array<{ status: string }> };
      expect(list.scans.map((s) => s.status)).toEqual(['queued']);
      await ctx.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
