/**
 * The HTML report of a multi-account run in a real browser (headless Chromium via playwright-core, skipped
 * like html.browser.test.ts when either is missing): the FAIL-by-account chart, the score per account and
 * the account filter, over findings of three accounts with known counts.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { Finding, Status } from '../../core/types.js';
import type { OutputContext } from '../types.js';
import { createHtmlWriter } from './writer.js';
import { fakeCheck } from './synthetic.test-helper.js';

const CHROMIUM = '/usr/bin/chromium';
let playwright: typeof import('playwright-core') | undefined;
try {
  playwright = await import('playwright-core');
} catch {
  playwright = undefined;
}
const available = existsSync(CHROMIUM) && playwright !== undefined;

const CHECK = fakeCheck('s3_fake_public', 'high');
// account -> [PASS, FAIL, ERROR] unmuted findings
const PLAN: Record<string, [number, number, number]> = { '111111111111': [3, 1, 0], '222222222222': [0, 4, 1], '333333333333': [2, 0, 0] };
const NAMES: Record<string, string> = { '111111111111': 'alpha', '222222222222': 'bravo' };

function finding(accountId: string, status: Status, n: number): Finding {
  const arn = `arn:aws:s3:::bucket-${accountId}-${status}-${n}`;
  return {
    uid: `${accountId}-${status}-${n}`, checkId: CHECK.id, status, statusExtended: `${status} ${n}`, accountId, region: 'us-east-1',
    resource: { arn, id: arn, region: 'us-east-1' }, muted: false, compliance: [], timestamp: '2026-11-01T12:00:00Z',
  };
}

describe.skipIf(!available)('HTML report of several accounts in Chromium', () => {
  let dir: string;
  let url: string;
  let context: BrowserContext;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prowl-html-accounts-'));
    const file = join(dir, 'report.html');
    url = pathToFileURL(file).href;
    const ctx: OutputContext = {
      account: { accountId: '999999999999', partition: 'aws', identityArn: 'arn:aws:iam::999999999999:role/Admin' },
      prowlVersion: '1.2.3',
      accounts: new Map(Object.entries(NAMES).map(([id, name]) => [id, { name }])),
    };
    const w = createHtmlWriter(file, ctx);
    for (const [id, [p, f, e]] of Object.entries(PLAN)) {
      for (let i = 0; i < p; i++) await w.write(finding(id, 'PASS', i), CHECK);
      for (let i = 0; i < f; i++) await w.write(finding(id, 'FAIL', i), CHECK);
      for (let i = 0; i < e; i++) await w.write(finding(id, 'ERROR', i), CHECK);
    }
    await w.close();
    context = await playwright!.chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await context?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows FAIL by account, each account\'s score, and filters the findings by account', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('#app[data-ready="1"]', { timeout: 30_000 });
    expect(await page.textContent('#panel-accounts')).toContain('222222222222 (bravo)');
    const scores = await page.$$eval('#account-scores tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-account'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
    );
    // Worst first; an account without verdicts has no score.
    expect(scores).toEqual([
      ['222222222222', '0%', '0', '4', '1'],
      ['111111111111', '75%', '3', '1', '0'],
      ['333333333333', '100%', '2', '0', '0'],
    ]);
    await page.click('#account-scores tr[data-account="111111111111"] button');
    await page.waitForSelector('#f-acct');
    expect(await page.$eval('#f-acct', (s) => (s as HTMLSelectElement).value)).toBe('111111111111');
    expect(Number(await page.getAttribute('#f-count', 'data-count'))).toBe(4);
    await page.selectOption('#f-acct', '222222222222');
    await page.waitForFunction(() => document.querySelector('#f-count')?.getAttribute('data-count') === '5');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('acct')).toBe('222222222222');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
