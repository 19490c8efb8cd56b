import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import type { OutputContext } from './types.js';
import { ACCOUNT } from '../../test/helpers/check.js';
import { accountRef, bucket, deniedCall, evaluateChecks, mute, reportingCheck } from '../../test/helpers/findings.js';
import { createJunitWriter, xmlAttr, xmlText } from './junit.js';

/**
 * No XML parser is installed in node_modules, so the report is parsed back with Python's standard
 * library (expat, a strict XML 1.0 parser): a malformed document makes the script fail.
 */
interface ParsedCase {
  name: string;
  classname: string;
  outcome: 'pass' | 'failure' | 'error' | 'skipped';
  message?: string;
  type?: string;
  text?: string;
}
interface ParsedSuite {
  attrs: Record<string, string>;
  properties: Record<string, string>;
  cases: ParsedCase[];
}

const PARSER = `
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == 'testsuites', root.tag
out = []
for s in root.findall('testsuite'):
    cases = []
    for c in s.findall('testcase'):
        case = {'name': c.get('name'), 'classname': c.get('classname'), 'outcome': 'pass'}
        for tag in ('failure', 'error', 'skipped'):
            e = c.find(tag)
            if e is not None:
                case.update(outcome=tag, message=e.get('message'), type=e.get('type'), text=e.text)
        cases.append(case)
    props = {p.get('name'): p.get('value') for p in s.findall('properties/property')}
    out.append({'attrs': dict(s.attrib), 'properties': props, 'cases': cases})
print(json.dumps(out))
`;

function parseJunit(path: string): ParsedSuite[] {
  const r = spawnSync('python3', ['-c', PARSER, path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`not well-formed XML: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const NASTY = 'a\u0000b\u0007c\u001bd & <e> "f" \'g\' \ttab\nline\rcr \uD800 \uFFFE end';
const CLEANED = 'a\uFFFDb\uFFFDc\uFFFDd & <e> "f" \'g\' \ttab\nline\rcr \uFFFD \uFFFD end';

const s3Check = reportingCheck({ id: 's3_bucket_secure_transport_policy', severity: 'high' }, [
  { status: 'PASS', resource: bucket('good'), message: 'Bucket good denies plain HTTP.' },
  { status: 'FAIL', resource: bucket('bad'), message: 'Bucket bad allows plain HTTP.' },
  { status: 'FAIL', resource: bucket('muted'), message: 'Bucket muted allows plain HTTP.' },
  { status: 'FAIL', resource: bucket('evil', 'eu-west-1', { arn: `arn:aws:s3:::evil<&"'>\u0001` }), message: NASTY },
  { status: 'ERROR', resource: accountRef('eu-west-1'), message: 'Could not read the policies.', error: deniedCall('s3:GetBucketPolicy') },
]);
const contactCheck = reportingCheck({ id: 'account_maintain_current_contact_details', service: 'account' }, [
  { status: 'MANUAL', resource: accountRef(), message: 'Check the contact details by hand.' },
  // The same account resource in two regions, twice in one: names must stay distinct.
  { status: 'PASS', resource: accountRef('us-east-1'), message: 'ok 1' },
  { status: 'PASS', resource: accountRef('eu-west-1'), message: 'ok 2' },
]);
const emptyCheck = reportingCheck({ id: 'iam_root_mfa_enabled' }, [{ status: 'PASS', resource: accountRef(), message: 'Root has MFA.' }]);

function sample(): Array<[Finding, Check]> {
  const items = evaluateChecks([s3Check, contactCheck, emptyCheck]);
  return items.map((it) => (it[0].resource.id === 'muted' ? mute(it, 'legacy bucket') : it));
}

describe('JUnit XML output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-junit-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(name: string, items: Array<[Finding, Check]>): Promise<string> {
    const path = join(dir, name);
    const w = createJunitWriter(path);
    expect(w.path).toBe(path);
    for (const [f, c] of items) await w.write(f, c);
    await w.close();
    return path;
  }

  it('writes one well-formed suite per check with correct counts', async () => {
    const suites = parseJunit(await write('report.xml', sample()));
    expect(suites.map((s) => s.attrs.name)).toEqual(['s3_bucket_secure_transport_policy', 'account_maintain_current_contact_details', 'iam_root_mfa_enabled']);
    const [s3, account, root] = suites;
    expect(s3.attrs).toMatchObject({ tests: '5', failures: '2', errors: '1', skipped: '1', timestamp: '2026-11-01T12:00:00' });
    expect(account.attrs).toMatchObject({ tests: '3', failures: '0', errors: '0', skipped: '1' });
    expect(root.attrs).toMatchObject({ tests: '1', failures: '0', errors: '0', skipped: '0' });
    expect(s3.properties).toEqual({ title: s3Check.title, severity: 'high', service: 's3' });
    // counts agree with the elements actually written
    for (const s of suites) {
      expect(s.cases).toHaveLength(Number(s.attrs.tests));
      for (const k of ['failure', 'error', 'skipped'] as const) {
        expect(s.cases.filter((c) => c.outcome === k)).toHaveLength(Number(s.attrs[k === 'failure' ? 'failures' : k === 'error' ? 'errors' : 'skipped']));
      }
    }
  });

  it('maps each status to the right element, naming resources and the failed call', async () => {
    const [s3, account] = parseJunit(await write('cases.xml', sample()));
    const byName = Object.fromEntries(s3.cases.map((c) => [c.name, c]));
    expect(byName['arn:aws:s3:::good (eu-west-1)']).toEqual({ name: 'arn:aws:s3:::good (eu-west-1)', classname: 's3', outcome: 'pass' });
    expect(byName['arn:aws:s3:::bad (eu-west-1)']).toMatchObject({ outcome: 'failure', type: 'FAIL', message: 'Bucket bad allows plain HTTP.' });
    expect(byName['arn:aws:s3:::bad (eu-west-1)'].text).toContain('Remediation: Nothing to remediate');
    expect(byName['arn:aws:s3:::muted (eu-west-1)']).toMatchObject({ outcome: 'skipped', message: expect.stringContaining('muted by: legacy bucket') });
    const error = byName[`arn:aws:iam::${ACCOUNT}:root (eu-west-1)`];
    expect(error).toMatchObject({ outcome: 'error', type: 'AccessDenied' });
    expect(error.message).toContain('s3:GetBucketPolicy');
    expect(error.text).toContain('User is not authorized');
    expect(account.cases.map((c) => [c.name, c.outcome])).toEqual([
      // One form for every name: the first one carries its region too.
      [`arn:aws:iam::${ACCOUNT}:root (us-east-1)`, 'skipped'],
      [`arn:aws:iam::${ACCOUNT}:root (us-east-1) #2`, 'pass'],
      [`arn:aws:iam::${ACCOUNT}:root (eu-west-1)`, 'pass'],
    ]);
    expect(account.cases[0].message).toBe('manual: Check the contact details by hand.');
    expect(account.cases[0].classname).toBe('account');
  });

  it('stays well-formed with control characters and markup in AWS values, keeping whitespace', async () => {
    const [s3] = parseJunit(await write('nasty.xml', sample()));
    const evil = s3.cases.find((c) => c.name.startsWith('arn:aws:s3:::evil'))!;
    expect(evil.name).toBe(`arn:aws:s3:::evil<&"'>\uFFFD (eu-west-1)`);
    expect(evil.message).toBe(CLEANED);
    expect(evil.text?.startsWith(CLEANED)).toBe(true);
    const raw = await readFile(join(dir, 'nasty.xml'), 'utf8');
    // eslint-disable-next-line no-control-regex
    expect(raw).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('names the account in FAIL and ERROR bodies, and in testcase names of a multi-account run', async () => {
    const single = parseJunit(await write('single.xml', sample()))[0];
    const bad = single.cases.find((c) => c.name === 'arn:aws:s3:::bad (eu-west-1)')!;
    expect(bad.text).toContain(`Account: ${ACCOUNT}`);
    // Two accounts of an Organization: each testcase says whose it is, with the name Organizations gave.
    const path = join(dir, 'multi.xml');
    const ctx: OutputContext = {
      account: { accountId: '999999999999', partition: 'aws', identityArn: '' },
      prowlVersion: '9.9.9',
      accounts: new Map([[ACCOUNT, { name: 'production' }], ['222222222222', { name: 'staging' }]]),
    };
    const w = createJunitWriter(path, ctx);
    const [[f, c]] = sample().filter(([x]) => x.resource.id === 'bad');
    await w.write(f, c);
    await w.write({ ...f, uid: 'other', accountId: '222222222222' }, c);
    await w.close();
    const [suite] = parseJunit(path);
    expect(suite.cases.map((x) => x.name)).toEqual([
      `arn:aws:s3:::bad (eu-west-1) in ${ACCOUNT} (production)`,
      'arn:aws:s3:::bad (eu-west-1) in 222222222222 (staging)',
    ]);
    expect(suite.cases[1].text).toContain('Account: 222222222222 (staging)');
  });

  it('escapes text and attributes', () => {
    expect(xmlText(`<a b="c">&'d'</a>\r`)).toBe('&lt;a b=&quot;c&quot;&gt;&amp;&apos;d&apos;&lt;/a&gt;&#13;');
    expect(xmlAttr('x\ty\nz\u0000')).toBe('x&#9;y&#10;z\uFFFD');
    expect(xmlText('\u{1F600}')).toBe('\u{1F600}');
  });

  it('streams: a suite reaches the file when the next check starts, not before and not at close', async () => {
    const path = join(dir, 'stream.xml');
    const w = createJunitWriter(path);
    // A suite larger than FileSink's 64 KiB chunk, so handing it over puts it on disk.
    const many = reportingCheck(
      { id: 's3_bucket_secure_transport_policy' },
      Array.from({ length: 800 }, (_, i) => ({ status: 'FAIL' as const, resource: bucket(`b${i}`), message: `Bucket b${i} ${'x'.repeat(100)}` })),
    );
    const items = evaluateChecks([many, emptyCheck]);
    // Until close() the content is in a temporary file beside the report (renamed into place when complete).
    const onDisk = async () => {
      const tmp = (await readdir(dir)).find((n) => n.startsWith('.stream.xml.') && n.endsWith('.tmp'));
      return tmp ? readFile(join(dir, tmp), 'utf8').catch(() => '') : '';
    };
    const settle = async (pred: (s: string) => boolean) => {
      for (let i = 0; i < 250 && !pred(await onDisk()); i++) await new Promise((r) => setTimeout(r, 20));
      return onDisk();
    };
    for (const [f, c] of items.slice(0, -1)) await w.write(f, c);
    await new Promise((r) => setTimeout(r, 100));
    expect(await onDisk()).not.toContain('<testsuite ');
    const [lastF, lastC] = items.at(-1)!;
    await w.write(lastF, lastC);
    const text = await settle((s) => s.includes('</testsuite>'));
    expect(text).toContain('<testsuite name="s3_bucket_secure_transport_policy" tests="800" failures="800"');
    expect(text).not.toContain('iam_root_mfa_enabled');
    await w.close();
    expect(parseJunit(path).map((s) => [s.attrs.name, s.attrs.tests])).toEqual([
      ['s3_bucket_secure_transport_policy', '800'],
      ['iam_root_mfa_enabled', '1'],
    ]);
  });

  it('writes an empty, valid report when there are no findings', async () => {
    const path = await write('empty.xml', []);
    expect(parseJunit(path)).toEqual([]);
    expect(await readFile(path, 'utf8')).toContain('<testsuites name="prowl"/>');
  });

  it('the parser used here rejects malformed XML (so the checks above can fail)', async () => {
    const { writeFile } = await import('node:fs/promises');
    const path = join(dir, 'bad.xml');
    await writeFile(path, '<testsuites><testsuite name="a\u0001"></testsuite></testsuites>');
    expect(() => parseJunit(path)).toThrow(/not well-formed/);
  });
});
