/**
 * The HTML report in a real browser: headless Debian Chromium driven by playwright-core, the file opened from
 * disk (file://) with every other request blocked and recorded. Skipped, with a message, when
 * /usr/bin/chromium or playwright-core is missing (apt-get install chromium).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildComplianceIndex, type Framework } from '../../compliance/index.js';
import type { Check } from '../../core/check.js';
import type { Finding, Severity, Status } from '../../core/types.js';
import type { OutputContext } from '../types.js';
import { createHtmlWriter } from './writer.js';
import { fakeCheck, syntheticFindings } from './synthetic.test-helper.js';

const CHROMIUM = '/usr/bin/chromium';
let playwright: typeof import('playwright-core') | undefined;
try {
  playwright = await import('playwright-core');
} catch {
  playwright = undefined;
}
const available = existsSync(CHROMIUM) && playwright !== undefined;
if (!available) {
  console.warn(
    `SKIPPED: HTML report browser tests need ${CHROMIUM} (apt-get install chromium) and the playwright-core dev dependency` +
      ` (chromium: ${existsSync(CHROMIUM) ? 'found' : 'missing'}, playwright-core: ${playwright ? 'found' : 'missing'}).`,
  );
}

const ACCOUNT = '123456789012';
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

const FRAMEWORK: Framework = {
  id: 'test_fw_aws',
  family: 'TEST',
  name: 'Test Benchmark',
  version: '1.0',
  provider: 'aws',
  requirements: [
    { id: '1.1', section: '1 Identity', profile: 'Level 1', assessment: 'Automated', checks: ['iam_fake_root_mfa'] },
    { id: '1.2', section: '1 Identity', profile: 'Level 1', assessment: 'Manual', checks: [] },
    { id: '2.1', section: '2 Storage', profile: 'Level 1', assessment: 'Automated', checks: ['s3_fake_public'] },
    { id: '2.2', section: '2 Storage', profile: 'Level 2', assessment: 'Automated', checks: ['ec2_fake_sg', 'cloudtrail_fake_on'] },
  ],
};

const CHECKS: Check[] = [
  fakeCheck('iam_fake_root_mfa', 'critical', {
    remediation: {
      text: 'Enable MFA for the root user.',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
      cli: 'aws iam enable-mfa-device --user-name root',
      terraform: 'resource "aws_iam_virtual_mfa_device" "root" {}',
    },
  }),
  fakeCheck('s3_fake_public', 'high', {
    title: 'S3 buckets are not publicly readable (fake)',
    remediation: {
      text: 'Turn on S3 Block Public Access for the bucket.',
      url: 'javascript:alert(9)',
      cli: 'aws s3api put-public-access-block --bucket <name> --public-access-block-configuration BlockPublicAcls=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "b" {\n  block_public_acls = true\n}',
      nativeIaC: 'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true',
    },
  }),
  fakeCheck('ec2_fake_sg', 'medium'),
  fakeCheck('cloudtrail_fake_on', 'low'),
];
const byId = new Map(CHECKS.map((c) => [c.id, c]));

// In CI (.ci/run installs Chromium) a missing browser is a failure, not a silent skip.
if (!available && process.env.CI) {
  describe('HTML report in Chromium', () => {
    it('has a browser to run in', () => {
      expect.fail(`Chromium (${CHROMIUM}) or playwright-core is missing in CI`);
    });
  });
}

describe.skipIf(!available)('HTML report in Chromium', () => {
  let dir: string;
  let file: string;
  let url: string;
  let context: BrowserContext;
  let items: Array<[Finding, Check]>;
  const external: string[] = [];

  const sev = (f: Finding): Severity => byId.get(f.checkId)!.severity;
  const count = (pred: (f: Finding) => boolean) => items.filter(([f]) => pred(f)).length;
  const servesReq = (f: Finding, req: string) => f.compliance.some((c) => c.framework === FRAMEWORK.id && c.requirements.includes(req));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prowl-html-browser-'));
    file = join(dir, 'report.html');
    url = pathToFileURL(file).href;
    const compliance = buildComplianceIndex([FRAMEWORK]);
    items = [...syntheticFindings(400, CHECKS, { compliance, seed: 11, mutedShare: 0.06 })];
    const s3 = byId.get('s3_fake_public')!;
    const [base] = items.find(([f]) => f.checkId === s3.id)!;
    items.push([
      {
        ...base,
        uid: 'hostile-finding',
        status: 'FAIL',
        muted: false,
        mutedBy: undefined,
        region: 'eu-west-1',
        statusExtended: `Bucket ${IMG} is public ${SCRIPT}`,
        resource: { arn: `arn:aws:s3:::hostile-bucket`, id: 'hostile-bucket', name: IMG, region: 'eu-west-1', tags: { Owner: SCRIPT, [SCRIPT]: 'x' } },
      },
      s3,
    ]);
    const ctx: OutputContext = {
      account: { accountId: ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${ACCOUNT}:role/Auditor`, alias: IMG },
      prowlVersion: '1.2.3',
      frameworks: [FRAMEWORK],
      scanStartedAt: '2026-11-01T11:50:00Z',
      scanFinishedAt: '2026-11-01T12:00:00Z',
      regions: ['eu-west-1', 'us-east-1'],
    };
    const w = createHtmlWriter(file, ctx);
    for (const [f, c] of items) await w.write(f, c);
    await w.close();

    context = await playwright!.chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 900 },
    });
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file:')) return route.continue();
      external.push(u);
      return route.abort();
    });
    context.on('request', (r) => {
      if (!r.url().startsWith('file:')) external.push(r.url());
    });
    await context.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    expect(external).toEqual([]);
  });

  interface Opened {
    page: Page;
    dialogs: string[];
    errors: string[];
  }
  async function open(hash = ''): Promise<Opened> {
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url + hash);
    await page.waitForSelector('#app[data-ready="1"]', { timeout: 30_000 });
    return { page, dialogs, errors };
  }
  async function done(o: Opened): Promise<void> {
    const csp = await o.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    await o.page.close();
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
    expect(csp).toEqual([]);
    expect(external).toEqual([]);
  }
  const shown = (page: Page) => page.getAttribute('#f-count', 'data-count').then(Number);
  const visibleRows = (page: Page) =>
    page.$$eval('#grid-rows .grid-row', (rows) =>
      rows.map((r) => ({
        status: r.querySelector('.col-status .badge')!.textContent,
        sev: r.querySelector('.col-sev')!.textContent,
        svc: r.querySelector('.col-svc')!.textContent,
        region: r.querySelector('.col-region')!.textContent,
        resource: r.querySelector('.col-resource')!.textContent,
        muted: r.classList.contains('is-muted'),
      })),
    );
  const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

  it('header shows the account, scan facts, score and counts of the findings written', async () => {
    const o = await open();
    const { page } = o;
    const statuses: Status[] = ['PASS', 'FAIL', 'MANUAL', 'ERROR'];
    for (const s of statuses) {
      const n = count((f) => f.status === s);
      expect(await page.getAttribute(`#status-cards [data-status="${s}"]`, 'data-count')).toBe(String(n));
      expect(await page.textContent(`#status-cards [data-status="${s}"] .card-value`)).toBe(n.toLocaleString('en-US'));
    }
    expect(await page.getAttribute('#status-cards [data-status="MUTED"]', 'data-count')).toBe(String(count((f) => f.muted)));
    expect(await page.getAttribute('#status-cards [data-status="TOTAL"]', 'data-count')).toBe(String(items.length));
    for (const sv of ['critical', 'high', 'medium', 'low', 'informational'] as Severity[]) {
      for (const s of statuses) {
        const n = count((f) => sev(f) === sv && f.status === s);
        expect(await page.getAttribute(`#sev-table tr[data-sev="${sv}"] td[data-status="${s}"]`, 'data-count')).toBe(String(n));
      }
    }
    const pass = count((f) => !f.muted && f.status === 'PASS');
    const fail = count((f) => !f.muted && f.status === 'FAIL');
    expect(await page.textContent('#score .score-value')).toBe(`${Math.round((pass * 1000) / (pass + fail)) / 10}%`);
    const facts = await page.$$eval('#facts > div', (ds) => Object.fromEntries(ds.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent])));
    expect(facts).toMatchObject({
      Account: ACCOUNT,
      Alias: IMG,
      Identity: `arn:aws:iam::${ACCOUNT}:role/Auditor`,
      'Scan started': '2026-11-01 11:50:00 UTC',
      'Scan finished': '2026-11-01 12:00:00 UTC',
      Duration: '10 min 0 s',
      Regions: '2: eu-west-1, us-east-1',
      'prowl version': '1.2.3',
    });
    expect(await page.textContent('#report-title')).toBe(`AWS account ${ACCOUNT} (${IMG})`);
    // Charts: bar values are unmuted FAIL counts.
    expect(await page.getAttribute('#chart-severity g.bar[data-key="high"]', 'data-value')).toBe(
      String(count((f) => !f.muted && f.status === 'FAIL' && sev(f) === 'high')),
    );
    expect(await page.getAttribute('#chart-service g.bar[data-key="s3"]', 'data-value')).toBe(
      String(count((f) => !f.muted && f.status === 'FAIL' && f.checkId === 's3_fake_public')),
    );
    await done(o);
  });

  it('clicking a chart bar filters the findings table', async () => {
    const o = await open();
    const { page } = o;
    await page.click('#chart-severity g.bar[data-key="critical"]');
    expect(await page.isVisible('#view-findings')).toBe(true);
    expect(await shown(page)).toBe(count((f) => !f.muted && f.status === 'FAIL' && sev(f) === 'critical'));
    const rows = await visibleRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'FAIL' && r.sev === 'critical' && !r.muted)).toBe(true);
    expect(Object.fromEntries(hashParams(page))).toMatchObject({ view: 'findings', status: 'FAIL', sev: 'critical', muted: 'hide' });

    await page.click('#tab-overview');
    await page.click('#chart-region g.bar[data-key="us-east-1"]');
    expect(await shown(page)).toBe(count((f) => !f.muted && f.status === 'FAIL' && f.region === 'us-east-1'));
    expect((await visibleRows(page)).every((r) => r.region === 'us-east-1' && r.status === 'FAIL')).toBe(true);

    await page.click('#tab-overview');
    await page.click('#chart-service g.bar[data-key="ec2"]');
    expect(await shown(page)).toBe(count((f) => !f.muted && f.status === 'FAIL' && f.checkId === 'ec2_fake_sg'));

    await page.click('#tab-overview');
    await page.click('#chart-compliance g.seg[data-status="FAIL"]');
    expect(await shown(page)).toBe(count((f) => !f.muted && f.status === 'FAIL' && f.compliance.length > 0));
    await done(o);
  });

  it('search, filters and sorting narrow and order the table', async () => {
    const o = await open('#view=findings');
    const { page } = o;
    expect(await shown(page)).toBe(items.length);

    await page.fill('#f-q', 'hostile-bucket');
    await expect.poll(() => shown(page)).toBe(1);
    await page.fill('#f-q', 'team-3');
    await expect.poll(() => shown(page)).toBe(count((f) => f.resource.tags?.Owner === 'team-3'));
    await page.fill('#f-q', '');
    await expect.poll(() => shown(page)).toBe(items.length);

    await page.selectOption('#f-region', 'eu-west-1');
    expect(await shown(page)).toBe(count((f) => f.region === 'eu-west-1'));
    await page.selectOption('#f-svc', 's3');
    expect(await shown(page)).toBe(count((f) => f.region === 'eu-west-1' && f.checkId === 's3_fake_public'));
    await page.selectOption('#f-status', 'PASS');
    expect(await shown(page)).toBe(count((f) => f.region === 'eu-west-1' && f.checkId === 's3_fake_public' && f.status === 'PASS'));
    await page.click('#f-reset');
    expect(await shown(page)).toBe(items.length);

    await page.selectOption('#f-check', 'cloudtrail_fake_on');
    expect(await shown(page)).toBe(count((f) => f.checkId === 'cloudtrail_fake_on'));
    await page.selectOption('#f-check', '');
    await page.selectOption('#f-sev', 'medium');
    expect(await shown(page)).toBe(count((f) => sev(f) === 'medium'));
    await page.selectOption('#f-sev', '');
    await page.selectOption('#f-muted', 'only');
    expect(await shown(page)).toBe(count((f) => f.muted));
    expect((await visibleRows(page)).every((r) => r.muted)).toBe(true);
    await page.selectOption('#f-muted', 'hide');
    expect(await shown(page)).toBe(count((f) => !f.muted));
    await page.selectOption('#f-muted', '');
    await page.uncheck('#f-pass');
    expect(await shown(page)).toBe(count((f) => f.status !== 'PASS'));
    expect((await visibleRows(page)).some((r) => r.status === 'PASS')).toBe(false);
    await page.check('#f-pass');

    expect(await page.isDisabled('#f-req')).toBe(true);
    await page.selectOption('#f-fw', FRAMEWORK.id);
    await page.selectOption('#f-req', '2.2');
    expect(await shown(page)).toBe(count((f) => servesReq(f, '2.2')));
    expect((await visibleRows(page)).every((r) => r.svc === 'ec2' || r.svc === 'cloudtrail')).toBe(true);
    await page.click('#f-reset');

    // Sort by resource, ascending then descending.
    const names = items.map(([f]) => f.resource.name ?? f.resource.id).map((s) => s.toLowerCase()).sort();
    await page.click('.grid-head button[data-sort="resource"]');
    let rows = await visibleRows(page);
    expect(rows[0].resource!.toLowerCase()).toBe(names[0]);
    const asc = rows.map((r) => r.resource!.toLowerCase());
    expect(asc).toEqual([...asc].sort());
    await page.click('.grid-head button[data-sort="resource"]');
    rows = await visibleRows(page);
    expect(rows[0].resource!.toLowerCase()).toBe(names[names.length - 1]);
    // Sort by severity: critical first.
    await page.click('.grid-head button[data-sort="sev"]');
    expect((await visibleRows(page))[0].sev).toBe('critical');
    await page.click('.grid-head button[data-sort="sev"]');
    expect((await visibleRows(page))[0].sev).toBe('low');
    await done(o);
  });

  it('the detail view shows remediation, resource, tags and compliance, and hostile values only as text', async () => {
    const o = await open('#view=findings');
    const { page } = o;
    await page.fill('#f-q', 'hostile');
    await expect.poll(() => shown(page)).toBe(1);
    expect(await page.textContent('#grid-rows .grid-row .col-resource')).toBe(IMG);
    await page.click('#grid-rows .grid-row');
    await page.waitForSelector('#drawer:not([hidden])');
    expect(await page.textContent('#drawer-title')).toBe('S3 buckets are not publicly readable (fake)');
    expect(await page.textContent('#detail-status .message')).toBe(`Bucket ${IMG} is public ${SCRIPT}`);
    const rem = await page.textContent('#detail-remediation');
    expect(rem).toContain('Turn on S3 Block Public Access for the bucket.');
    expect(await page.textContent('#detail-remediation .cli pre')).toContain('aws s3api put-public-access-block');
    expect(await page.textContent('#detail-remediation .terraform pre')).toContain('block_public_acls = true');
    expect(await page.textContent('#detail-remediation .native pre')).toContain('BlockPublicAcls: true');
    // A javascript: URL from check metadata is not turned into a link (an https one is: see below).
    expect(await page.$$('#detail-remediation a')).toHaveLength(0);
    expect(rem).not.toContain('javascript:');
    const res = await page.textContent('#detail-resource');
    expect(res).toContain('arn:aws:s3:::hostile-bucket');
    expect(res).toContain(IMG);
    const tags = await page.$$eval('#detail-resource table.tags tr', (trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
    expect(tags).toEqual(expect.arrayContaining([['Owner', SCRIPT], [SCRIPT, 'x']]));
    expect(await page.textContent('#detail-compliance')).toContain('TEST-1.0');
    expect(await page.$$eval('#detail-compliance [data-requirement]', (bs) => bs.map((b) => b.textContent))).toEqual(['2.1']);
    expect(Object.fromEntries(hashParams(page))).toMatchObject({ open: 'hostile-finding' });
    // Nothing from the data became an element or ran.
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.$$('script')).toHaveLength(3);
    expect(await page.$$('#summary script, #view-findings script, #drawer script, #drawer img')).toHaveLength(0);

    // Escape closes the drawer; the requirement chip leads to the compliance view.
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#drawer')).toBe(true);
    // An https remediation URL is a link that opens without the report as opener or referrer.
    const mfa = items.find(([f]) => f.checkId === 'iam_fake_root_mfa')![0];
    await page.evaluate((uid) => (location.hash = `view=findings&open=${encodeURIComponent(uid)}`), mfa.uid);
    await page.waitForSelector(`#drawer[data-uid="${mfa.uid}"]:not([hidden])`);
    expect(await page.$$eval('#detail-remediation a', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]))).toEqual([
      [byId.get('iam_fake_root_mfa')!.remediation.url, 'noopener noreferrer'],
    ]);
    await page.keyboard.press('Escape');
    await page.fill('#f-q', 'hostile');
    await expect.poll(() => shown(page)).toBe(1);
    await page.click('#grid-rows .grid-row');
    await page.click('#detail-compliance [data-requirement="2.1"]');
    expect(await page.isVisible('#view-compliance')).toBe(true);
    expect(await page.getAttribute('.req[data-requirement="2.1"]', 'class')).toContain('open');
    await done(o);
  });

  it('the compliance view shows requirement statuses and the findings behind a requirement', async () => {
    const o = await open('#view=compliance');
    const { page } = o;
    const statusOf = (req: string): Status => {
      const fs = items.map(([f]) => f).filter((f) => servesReq(f, req));
      if (fs.some((f) => f.status === 'FAIL' && !f.muted)) return 'FAIL';
      if (fs.some((f) => f.status === 'ERROR')) return 'ERROR';
      if (fs.some((f) => f.status === 'PASS')) return 'PASS';
      return 'MANUAL';
    };
    for (const r of FRAMEWORK.requirements) {
      expect(await page.getAttribute(`.req[data-requirement="${r.id}"]`, 'data-status')).toBe(statusOf(r.id));
    }
    expect(await page.getAttribute('.req[data-requirement="1.2"]', 'data-status')).toBe('MANUAL');
    expect(await page.textContent('.req[data-requirement="1.2"] .req-counts')).toBe('no automated check');

    const n = count((f) => servesReq(f, '2.2'));
    await page.click('.req[data-requirement="2.2"] .req-head');
    await page.waitForSelector('#req-findings');
    expect(await page.$$eval('#req-findings li', (lis) => lis.length)).toBe(Math.min(100, n));
    expect(Object.fromEntries(hashParams(page))).toMatchObject({ view: 'compliance', creq: '2.2' });
    // A finding of the requirement opens its detail.
    await page.click('#req-findings li button');
    await page.waitForSelector('#drawer:not([hidden])');
    expect(await page.textContent('#detail-compliance')).toContain('2.2');
    await page.click('#drawer-close');
    // ... and the button lists them all in the table.
    await page.click('#req-show-all');
    expect(await page.isVisible('#view-findings')).toBe(true);
    expect(await shown(page)).toBe(n);
    expect(await page.inputValue('#f-req')).toBe('2.2');

    // The status filter of the compliance view.
    await page.goto(`${url}#view=compliance&cst=MANUAL`);
    await page.waitForSelector('#app[data-ready="1"]');
    const manual = await page.$$eval('.req', (rs) => rs.map((r) => r.getAttribute('data-requirement')));
    expect(manual).toEqual(FRAMEWORK.requirements.filter((r) => statusOf(r.id) === 'MANUAL').map((r) => r.id));
    await done(o);
  });

  it('filter state round-trips through the URL hash', async () => {
    const o = await open('#view=findings');
    const { page } = o;
    await page.uncheck('#f-pass'); // before the status filter, which then decides (and disables the box)
    await page.selectOption('#f-status', 'FAIL');
    await page.selectOption('#f-region', 'us-east-1');
    await page.fill('#f-q', 'name-');
    await page.click('.grid-head button[data-sort="region"]');
    await page.click('.grid-head button[data-sort="region"]');
    const expected = count((f) => f.status === 'FAIL' && f.region === 'us-east-1' && (f.resource.name ?? '').startsWith('name-'));
    await expect.poll(() => shown(page)).toBe(expected);
    const link = page.url();
    expect(Object.fromEntries(new URLSearchParams(new URL(link).hash.slice(1)))).toEqual({
      view: 'findings', status: 'FAIL', region: 'us-east-1', pass: '0', q: 'name-', sort: 'region', dir: 'desc',
    });

    const again = await open(new URL(link).hash);
    expect(await again.page.inputValue('#f-status')).toBe('FAIL');
    expect(await again.page.inputValue('#f-region')).toBe('us-east-1');
    expect(await again.page.inputValue('#f-q')).toBe('name-');
    expect(await again.page.isChecked('#f-pass')).toBe(false);
    expect(await again.page.getAttribute('.grid-head button[data-sort="region"]', 'aria-sort')).toBe('descending');
    expect(await shown(again.page)).toBe(expected);
    expect(await visibleRows(again.page)).toEqual(await visibleRows(page));

    // Changing the hash by hand (back/forward, edited link) re-applies it.
    await again.page.evaluate(() => {
      location.hash = 'view=findings&sev=low';
    });
    await expect.poll(() => shown(again.page)).toBe(count((f) => sev(f) === 'low'));
    expect(await again.page.inputValue('#f-status')).toBe('');
    // A link with an open finding opens its detail.
    const withDetail = await open('#view=findings&open=hostile-finding');
    expect(await withDetail.page.isVisible('#drawer')).toBe(true);
    expect(await withDetail.page.textContent('#drawer-title')).toBe('S3 buckets are not publicly readable (fake)');
    await done(withDetail);
    await done(again);
    await done(o);
  });

  it('prints a summary and the list of unmuted FAIL findings', async () => {
    const o = await open('#view=findings');
    const { page } = o;
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.isVisible('#summary')).toBe(true);
    expect(await page.isVisible('#view-overview')).toBe(true);
    expect(await page.isVisible('#print-fails')).toBe(true);
    expect(await page.isHidden('#view-findings')).toBe(true);
    expect(await page.isHidden('.top')).toBe(true);
    // FAILs grouped by check: one row per check, its resources listed inside.
    const failing = items.filter(([f]) => f.status === 'FAIL' && !f.muted);
    expect(await page.$$eval('#print-fails tbody tr', (trs) => trs.length)).toBe(new Set(failing.map(([f]) => f.checkId)).size);
    expect(await page.$$eval('#print-fails tbody li', (lis) => lis.length)).toBe(failing.length);
    // Every chart at one scale: the same user units per CSS pixel.
    const scales = await page.$$eval('#view-overview svg.chart', (svgs) => svgs.map((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width));
    expect(scales.length).toBeGreaterThanOrEqual(3);
    for (const k of scales) expect(k).toBeCloseTo(scales[0], 2);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await done(o);
  });

  it('first-hour fixes: top failing checks beside the severity table, region x severity table, MUTED badge, Show PASS follows the status filter, region names never split', async () => {
    const o = await open();
    const { page } = o;
    // The right half next to the severity table: the checks with the most unmuted FAILs.
    const top = await page.$$eval('#top-checks tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-check'), Number(tr.children[2].textContent)]));
    const fails = new Map<string, number>();
    for (const [f] of items) if (f.status === 'FAIL' && !f.muted) fails.set(f.checkId, (fails.get(f.checkId) ?? 0) + 1);
    const best = Math.max(...fails.values());
    expect(top.length).toBeGreaterThan(0);
    expect(top[0][1]).toBe(best);
    expect(fails.get(String(top[0][0]))).toBe(best);
    const sevBox = await page.$eval('#sev-table', (e) => e.getBoundingClientRect());
    const topBox = await page.$eval('#top-checks', (e) => e.getBoundingClientRect());
    expect(topBox.left).toBeGreaterThan(sevBox.right); // beside it, not below
    // Region x severity: totals per region match the chart, and they tell tied regions apart.
    const rs = await page.$$eval('#region-severity tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-region'), [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))]));
    for (const [region, counts] of rs) {
      expect((counts as number[]).reduce((a, b) => a + b, 0)).toBe(count((f) => f.status === 'FAIL' && !f.muted && f.region === region));
    }
    // Region names wrap between names only.
    expect(await page.$$eval('.region-list .region-name', (els) => els.map((e) => getComputedStyle(e).whiteSpace))).toEqual(['nowrap', 'nowrap']);
    // Show PASS: a PASS status filter shows PASS even with the box off, and the box follows the filter.
    await page.goto(url + '#view=findings&pass=0&status=PASS');
    await page.waitForSelector('#app[data-ready="1"]');
    expect(await shown(page)).toBe(count((f) => f.status === 'PASS'));
    expect(await page.isChecked('#f-pass')).toBe(true);
    expect(await page.isDisabled('#f-pass')).toBe(true);
    // The MUTED badge is readable: white on a solid dark background, the word in capitals.
    await page.selectOption('#f-status', '');
    await page.selectOption('#f-muted', 'only');
    const tag = await page.$eval('#grid-rows .tag-muted', (e) => ({ text: e.textContent, color: getComputedStyle(e).color, bg: getComputedStyle(e).backgroundColor }));
    expect(tag).toEqual({ text: 'MUTED', color: 'rgb(255, 255, 255)', bg: 'rgb(71, 85, 105)' });
    await done(o);
  });
});
