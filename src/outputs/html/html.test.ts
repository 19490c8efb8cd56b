import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComplianceIndex, getFramework } from '../../compliance/index.js';
import { ComplianceTracker, scopeOf } from '../../compliance/verdict.js';
import type { Check } from '../../core/check.js';
import type { Finding } from '../../core/types.js';
import { APP_JS } from './app.js';
import { APP_CSS } from './style.js';
import { CONTENT_SECURITY_POLICY } from './template.js';
import type { OutputContext } from '../types.js';
import { createHtmlWriter, ROW } from './writer.js';
import { decodeReport, fakeCheck, syntheticFindings } from './synthetic.test-helper.js';

const ACCOUNT = '123456789012';
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const CLOSER = '</script><script>alert(2)</script><!--';

const ctx: OutputContext = {
  account: { accountId: ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${ACCOUNT}:user/${SCRIPT}`, alias: IMG },
  prowlVersion: '9.9.9',
};

function finding(check: Check, over: Partial<Omit<Finding, 'resource'>> & { resource?: Partial<Finding['resource']> } = {}): Finding {
  const { resource, ...rest } = over;
  return {
    uid: `uid-${Math.random().toString(36).slice(2)}`,
    checkId: check.id,
    status: 'FAIL',
    statusExtended: 'Something is wrong.',
    accountId: ACCOUNT,
    region: 'eu-west-1',
    resource: { arn: `arn:aws:s3:::bucket`, id: 'bucket', region: 'eu-west-1', ...resource },
    muted: false,
    compliance: [],
    timestamp: '2026-11-01T12:00:00.000Z',
    ...rest,
  };
}

async function write(path: string, items: Array<[Finding, Check]>, context: OutputContext = ctx): Promise<string> {
  const w = createHtmlWriter(path, context);
  for (const [f, c] of items) await w.write(f, c);
  await w.close();
  return readFile(path, 'utf8');
}

/** Text of the document outside the data blocks (the app script, styles and markup). */
function outsideData(html: string): string {
  return html.replace(/(<script type="application\/octet-stream"[^>]*>)[^<]*(<\/script>)/g, '$1$2');
}

describe('HTML report file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-html-unit-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('an empty report is small, complete and decodes to no rows', async () => {
    const path = join(dir, 'empty.html');
    const html = await write(path, []);
    const size = (await stat(path)).size;
    expect(size).toBeLessThan(600 * 1024);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const { meta, rows } = decodeReport(html);
    expect(rows).toEqual([]);
    expect(meta.count).toBe(0);
    expect(meta.format).toBe('prowl-html/1');
    expect(meta.account).toMatchObject({ id: ACCOUNT, alias: IMG });
  });

  it('renders hostile values only inside the compressed data, never as markup', async () => {
    const hostileCheck = fakeCheck('s3_hostile_check', 'high', {
      title: `Title ${SCRIPT}`,
      description: `Description ${IMG} and more text`,
      remediation: { text: `Fix ${CLOSER}`, url: 'javascript:alert(3)', cli: `aws s3 ${SCRIPT}` },
    });
    const f = finding(hostileCheck, {
      statusExtended: `Bucket ${IMG} ${CLOSER}`,
      resource: { arn: `arn:aws:s3:::${IMG}`, id: IMG, name: IMG, tags: { [SCRIPT]: SCRIPT, Name: IMG }, details: { note: CLOSER } },
      mutedBy: SCRIPT,
      muted: true,
    });
    const html = await write(join(dir, 'hostile.html'), [[f, hostileCheck]]);

    // Nothing of the payloads appears in the file as text: not in markup, not in the script.
    for (const needle of ['<img', 'onerror', 'alert(', '<script>alert', '<!--']) expect(html).not.toContain(needle);
    // Exactly three script elements: the app and the two data blocks; every one closed by its own tag.
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    // Data blocks hold base64 only.
    for (const m of html.matchAll(/<script type="application\/octet-stream"[^>]*>([^<]*)<\/script>/g)) {
      expect(m[1]).toMatch(/^[A-Za-z0-9+/=\s]*$/);
    }

    // Decoded, the values come back exactly.
    const { meta, rows } = decodeReport(html);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row[ROW.message]).toBe(`Bucket ${IMG} ${CLOSER}`);
    expect(row[ROW.name]).toBe(IMG);
    expect(row[ROW.id]).toBe(IMG);
    expect(row[ROW.tags]).toEqual({ [SCRIPT]: SCRIPT, Name: IMG });
    expect(row[ROW.details]).toEqual({ note: CLOSER });
    expect(meta.dict.mutedBy[row[ROW.mutedBy] as number]).toBe(SCRIPT);
    expect(meta.checks.s3_hostile_check.title).toBe(`Title ${SCRIPT}`);
    expect(meta.checks.s3_hostile_check.remediation.text).toBe(`Fix ${CLOSER}`);
    expect(meta.account.identityArn).toContain(SCRIPT);
    expect(meta.account.alias).toBe(IMG);
  });

  it('carries a strict Content-Security-Policy whose hash matches the inline app script', async () => {
    const html = await write(join(dir, 'csp.html'), []);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain('img-src data:');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const hash = createHash('sha256').update(inline, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    // No reference to anything outside the file.
    expect(outsideData(html)).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(outsideData(html)).not.toMatch(/@import|url\(\s*["']?https?:/i);
  });

  it('the browser code is valid JavaScript that never parses data as HTML', () => {
    expect(() => new Script(APP_JS)).not.toThrow();
    for (const banned of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'fetch(', 'XMLHttpRequest', 'WebSocket']) {
      expect(APP_JS).not.toContain(banned);
    }
    expect(APP_JS).not.toMatch(/<\/script|<!--/i);
    expect(APP_CSS).not.toMatch(/<\/style|@import|url\(/i);
  });

  it('dictionary-encodes rows and keeps check metadata once per check', async () => {
    const compliance = buildComplianceIndex();
    const checks = [fakeCheck('iam_fake_one', 'critical'), fakeCheck('s3_fake_two', 'low'), fakeCheck('ec2_fake_three', 'medium')];
    const items = [...syntheticFindings(500, checks, { compliance, seed: 7 })];
    // One finding whose resource lives elsewhere than the finding's region, and one ERROR with its call.
    items[0][0].resource.region = 'us-east-1';
    items[0][0].region = 'eu-west-1';
    const html = await write(join(dir, 'encoding.html'), items, {
      ...ctx,
      frameworks: [getFramework('cis_7.0_aws')!],
      scanStartedAt: '2026-11-01T11:00:00Z',
      scanFinishedAt: '2026-11-01T11:30:00Z',
      regions: ['eu-west-1', 'us-east-1'],
    });
    const { meta, rows } = decodeReport(html);
    expect(meta.count).toBe(500);
    expect(rows).toHaveLength(500);
    expect([...meta.dict.check].sort()).toEqual(['ec2_fake_three', 'iam_fake_one', 's3_fake_two']);
    expect(Object.keys(meta.checks).sort()).toEqual(['ec2_fake_three', 'iam_fake_one', 's3_fake_two']);
    expect(meta.dict.ts).toEqual(['2026-11-01T12:00:00.000Z']);
    expect(meta.scan).toEqual({
      startedAt: '2026-11-01T11:00:00.000Z',
      finishedAt: '2026-11-01T11:30:00.000Z',
      durationMs: 30 * 60 * 1000,
      regions: ['eu-west-1', 'us-east-1'],
    });
    expect(meta.frameworks.map((f) => f.label)).toEqual(['CIS-7.0']);
    expect(meta.frameworks[0].requirements.length).toBe(getFramework('cis_7.0_aws')!.requirements.length);
    // Every row decodes back to its finding.
    const statuses = ['PASS', 'FAIL', 'MANUAL', 'ERROR'];
    rows.forEach((row, i) => {
      const [f] = items[i];
      expect(meta.dict.check[row[ROW.check] as number]).toBe(f.checkId);
      expect(statuses[row[ROW.status] as number]).toBe(f.status);
      expect(meta.dict.region[row[ROW.region] as number]).toBe(f.region);
      expect(row[ROW.muted]).toBe(f.muted ? 1 : 0);
      expect(row[ROW.uid]).toBe(f.uid);
      expect(row[ROW.arn]).toBe(f.resource.arn);
      expect(JSON.parse(meta.dict.compl[row[ROW.compliance] as number])).toEqual(f.compliance.map((c) => [c.framework, c.requirements]));
      if (f.status === 'ERROR') expect(row[ROW.error]).toEqual([f.error!.kind, f.error!.code, f.error!.operation, f.error!.message]);
    });
    expect(meta.dict.region[rows[0][ROW.resourceRegion] as number]).toBe('us-east-1');
    expect(rows[1][ROW.resourceRegion] ?? null).toBeNull();
  });

  it('falls back to the findings for scan times, regions and frameworks', async () => {
    const check = fakeCheck('iam_fake_one', 'high');
    const index = buildComplianceIndex([getFramework('cis_1.4_aws')!]);
    index.byCheck.set('iam_fake_one', [{ framework: 'cis_1.4_aws', requirement: '1.4' }]);
    const items = [...syntheticFindings(20, [check], { compliance: index, seed: 3 })];
    items[3][0].timestamp = '2026-11-01T11:59:00.000Z';
    const { meta } = decodeReport(await write(join(dir, 'fallback.html'), items));
    expect(meta.scan.startedAt).toBe('2026-11-01T11:59:00.000Z');
    expect(meta.scan.finishedAt).toBe('2026-11-01T12:00:00.000Z');
    expect(meta.scan.durationMs).toBe(60_000);
    expect(meta.scan.regions).toEqual([...new Set(items.map(([f]) => f.region))].sort());
    expect(meta.frameworks.map((f) => f.id)).toEqual(['cis_1.4_aws']);
    expect(meta.labels).toEqual({ 'cis_1.4_aws': 'CIS-1.4' });
  });

  it('embeds each requirement\'s one verdict (the scan\'s tracker when given), with prowl\'s titles', async () => {
    const cis70 = getFramework('cis_7.0_aws')!;
    const s3 = fakeCheck('s3_bucket_secure_transport_policy', 'medium');
    const items: Array<[Finding, Check]> = [[finding(s3, { compliance: [{ framework: 'cis_7.0_aws', requirements: ['3.1.1'] }] }), s3]];
    const tracker = new ComplianceTracker([cis70], scopeOf(['s3_bucket_secure_transport_policy', 'iam_root_hardware_mfa_enabled'], ['s3_bucket_secure_transport_policy', 'iam_root_hardware_mfa_enabled']));
    for (const [f] of items) tracker.add(f);
    // The file gets no finding (as with --status PASS), but shows the scan's verdicts.
    const { meta } = decodeReport(await write(join(dir, 'verdict.html'), [], { ...ctx, frameworks: [cis70], compliance: tracker }));
    const reqs = Object.fromEntries(meta.frameworks[0].requirements.map((r) => [r.id, r]));
    expect(reqs['3.1.1']).toMatchObject({ status: 'FAIL', title: 'S3 bucket policies refuse plain HTTP' });
    expect(reqs['2.6']).toMatchObject({ status: 'PASS', note: 'no resources to assess', title: 'Root user has hardware MFA' });
    expect(reqs['2.1.2']).toMatchObject({ status: 'MANUAL' });
    expect(reqs['2.4'].status).toBe('NOT IMPLEMENTED');
    expect(reqs['2.4'].missing).toEqual(['iam_no_root_access_key']);
    expect(reqs['6.3'].deviation).toContain('0.0.0.0/0');
    const counts = tracker.counts(cis70);
    for (const st of Object.keys(counts) as Array<keyof typeof counts>) {
      expect(meta.frameworks[0].requirements.filter((r) => r.status === st).length, st).toBe(counts[st]);
    }
  });

  it('streams: the temporary row file is removed on close and the writer refuses writes after close', async () => {
    const before = new Set((await readdir(tmpdir())).filter((n) => n.startsWith('prowl-html-')));
    const check = fakeCheck('iam_fake_one', 'high');
    const w = createHtmlWriter(join(dir, 'closed.html'), ctx);
    const during = (await readdir(tmpdir())).filter((n) => n.startsWith('prowl-html-') && !before.has(n));
    expect(during).toHaveLength(1);
    for (const [f, c] of syntheticFindings(3000, [check])) await w.write(f, c);
    await w.close();
    await w.close(); // idempotent
    const after = (await readdir(tmpdir())).filter((n) => n.startsWith('prowl-html-') && !before.has(n));
    expect(after).toHaveLength(0);
    await expect(async () => w.write(finding(check), check)).rejects.toThrow(/closed/);
    const { rows } = decodeReport(await readFile(join(dir, 'closed.html'), 'utf8'));
    expect(rows).toHaveLength(3000);
  });
});
