/**
 * The web console in Debian's Chromium (playwright-core): sign in with an API key, see the tenant's
 * accounts (hostile names shown as text), queue a scan from the form, and watch its status appear.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/service/api.js';
import { testService, type TestService } from '../helpers/service.js';

const CHROMIUM = '/usr/bin/chromium';
let svc: TestService;
let server: ServerType;
let base: string;

beforeAll(async () => {
  svc = await testService();
  const app = createApi(svc.ctx);
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await svc?.close();
});

describe.runIf(existsSync(CHROMIUM))('web console in Chromium', () => {
  it('signs in with a key, lists accounts as text, queues a scan and shows it; a wrong key is refused', async () => {
    const key = await svc.tenantKey('acme');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const created = await svc.request('/v1/accounts', { method: 'POST', key, body: JSON.stringify({ name: hostile, role_arn: 'arn:aws:iam::123456789012:role/ProwlScanRole' }) });
    expect(created.status).toBe(201);
    const { chromium } = await import('playwright-core');
    const profile = await mkdtemp(join(tmpdir(), 'prowl-console-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const external: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(base)) external.push(r.url());
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base);
      await page.fill('#key', 'prowl_key_AAAAAAAAAAAAAAAA_' + 'x'.repeat(43));
      await page.click('#login-form button');
      await page.waitForFunction(() => document.getElementById('error')!.textContent!.length > 0);
      expect(await page.textContent('#error')).toContain('refused');
      await page.fill('#key', key);
      await page.click('#login-form button');
      await page.waitForSelector('#accounts tr');
      expect(await page.textContent('#accounts tr td')).toBe(hostile);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#accounts img').count()).toBe(0);
      await page.fill('#scan-name', 'from the console');
      await page.fill('#scan-services', 'iam');
      await page.click('#scan-form button');
      await page.waitForSelector('#scans tr');
      expect(await page.textContent('#scans tr td:nth-child(2)')).toBe('from the console');
      expect(await page.textContent('#scans tr td:nth-child(3)')).toBe('queued');
      const [scan] = await svc.ctx.db.query<{ request: { services: string[] } }>('SELECT request FROM scans');
      expect(scan.request.services).toEqual(['iam']);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }, 120_000);
});
