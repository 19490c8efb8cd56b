/**
 * Benchmark of the single-file HTML report: writes a report of N synthetic findings (default 100,000) over the
 * built-in checks and the CIS frameworks, prints its size and write time, then opens it from disk in headless
 * Chromium and measures the time until the findings table is interactive (data-ready="1"), and how long a
 * chart-bar click, a status filter and a search take to update the table.
 *
 *   node --import tsx scripts/bench-report.ts [count] [--keep]
 *
 * Needs /usr/bin/chromium (Debian: apt-get install chromium) and the playwright-core dev dependency;
 * without them it stops after writing the file.
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildComplianceIndex, getFramework, LATEST_CIS } from '../src/compliance/index.js';
import { loadBuiltinChecks } from '../src/registry.js';
import { createHtmlWriter } from '../src/outputs/html/index.js';
import { syntheticFindings } from '../src/outputs/html/synthetic.test-helper.js';

const CHROMIUM = '/usr/bin/chromium';
const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const keep = args.includes('--keep');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const dir = mkdtempSync(join(tmpdir(), 'prowl-bench-report-'));
const file = join(dir, `report-${count}.html`);
try {
  const checks = await loadBuiltinChecks();
  const compliance = buildComplianceIndex();
  const frameworks = [getFramework(LATEST_CIS)!, getFramework('cis_1.4_aws')!];
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const writer = createHtmlWriter(file, {
    account: { accountId: '123456789012', partition: 'aws', identityArn: 'arn:aws:iam::123456789012:role/audit', alias: 'bench' },
    prowlVersion: 'bench',
    frameworks,
    scanStartedAt: '2026-11-01T11:50:00Z',
    scanFinishedAt: '2026-11-01T12:00:00Z',
  });
  let peakRss = 0;
  let i = 0;
  for (const [finding, check] of syntheticFindings(count, checks, { compliance })) {
    await writer.write(finding, check);
    if (++i % 10_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  await writer.close();
  const writeMs = performance.now() - t0;
  const size = statSync(file).size;
  console.log(`findings:            ${count.toLocaleString('en-US')} over ${checks.length} checks`);
  console.log(`report size:         ${mb(size)} (${size.toLocaleString('en-US')} bytes)`);
  console.log(`write time:          ${writeMs.toFixed(0)} ms (peak RSS growth while writing ~${mb(Math.max(0, peakRss - rssBefore))})`);

  let chromium: typeof import('playwright-core').chromium | undefined;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    console.log('playwright-core is not installed: browser timings skipped');
  }
  if (!existsSync(CHROMIUM)) console.log(`${CHROMIUM} not found: browser timings skipped (apt-get install chromium)`);
  if (chromium && existsSync(CHROMIUM)) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'prowl-bench-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const external: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        external.push(url);
        return route.abort();
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      const shellMs = performance.now() - start;
      await page.waitForSelector('#app[data-ready="1"]', { timeout: 120_000 });
      const readyMs = performance.now() - start;

      // First interaction: a chart bar (FAIL, high severity) filters the table.
      const t1 = performance.now();
      await page.click('#chart-severity g.bar[data-key="high"]');
      await page.waitForFunction(() => {
        const el = document.getElementById('f-count');
        return el && !document.getElementById('view-findings')!.hidden && el.getAttribute('data-count') !== null;
      });
      const firstClickMs = performance.now() - t1;
      const interactiveMs = performance.now() - start;
      const afterBar = await page.getAttribute('#f-count', 'data-count');

      const t2 = performance.now();
      await page.selectOption('#f-status', 'PASS');
      await page.waitForFunction((prev) => document.getElementById('f-count')!.getAttribute('data-count') !== prev, afterBar);
      const filterMs = performance.now() - t2;

      await page.click('#f-reset');
      await page.waitForFunction((n) => document.getElementById('f-count')!.getAttribute('data-count') === String(n), count);
      const t3 = performance.now();
      await page.fill('#f-q', 'resource-2');
      await page.waitForFunction((n) => document.getElementById('f-count')!.getAttribute('data-count') !== String(n), count);
      const searchMs = performance.now() - t3; // includes the 120 ms input debounce and building the search index

      const t4 = performance.now();
      await page.click('.grid-head button[data-sort="resource"]');
      await page.waitForSelector('.grid-head button[data-sort="resource"][aria-sort="ascending"]');
      const sortMs = performance.now() - t4;

      const t5 = performance.now();
      await page.evaluate(() => {
        const body = document.getElementById('grid-body')!;
        body.scrollTop = body.scrollHeight / 2;
      });
      await page.waitForTimeout(50);
      const scrollMs = performance.now() - t5;
      const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);

      console.log(`shell parsed:        ${shellMs.toFixed(0)} ms`);
      console.log(`data-ready="1":      ${readyMs.toFixed(0)} ms (decode + index ${count.toLocaleString('en-US')} findings)`);
      console.log(`first filter click:  ${firstClickMs.toFixed(0)} ms (chart bar -> table shows ${afterBar} findings)`);
      console.log(`time to interactive: ${interactiveMs.toFixed(0)} ms (open file -> first filtered table)`);
      console.log(`status filter:       ${filterMs.toFixed(0)} ms`);
      console.log(`search:              ${searchMs.toFixed(0)} ms (first search, includes 120 ms debounce and index build)`);
      console.log(`sort by resource:    ${sortMs.toFixed(0)} ms (first time, builds the order)`);
      console.log(`scroll + render:     ${scrollMs.toFixed(0)} ms (incl. 50 ms wait)`);
      if (heap) console.log(`JS heap in page:     ${mb(heap)}`);
      if (external.length) console.log(`UNEXPECTED network requests: ${external.join(', ')}`);
      if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  }
} finally {
  if (keep) console.log(`kept ${file}`);
  else await rm(dir, { recursive: true, force: true });
}
