import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFramework } from '../compliance/index.js';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import { ACCOUNT } from '../../test/helpers/check.js';
import { parseCsv } from '../../test/helpers/cli.js';
import { accountRef, bucket, deniedCall, evaluateChecks, mute, reportingCheck } from '../../test/helpers/findings.js';
import { ComplianceTracker, scopeOf, STATE_ORDER } from '../compliance/verdict.js';
import { COMPLIANCE_CSV_COLUMNS, complianceCsvPath, createComplianceWriter, createComplianceWriters } from './compliance-csv.js';
import type { OutputContext } from './types.js';

const ctx: OutputContext = { account: { accountId: ACCOUNT, partition: 'aws', identityArn: '' }, prowlVersion: '9.9.9' };
const cis70 = getFramework('cis_7.0_aws')!;
const cis12 = getFramework('cis_1.2_aws')!;

const s3Check = reportingCheck({ id: 's3_bucket_secure_transport_policy' }, [
  { status: 'PASS', resource: bucket('good'), message: 'Bucket good denies plain HTTP.' },
  { status: 'FAIL', resource: bucket('bad;"quoted"\nname'), message: '=HYPERLINK("http://evil")' },
  { status: 'FAIL', resource: bucket('old'), message: 'Bucket old allows plain HTTP.' },
]);
// organizations_delegated_administrators counts towards CIS 7.0 2.1.5 and 2.1.6: two rows per finding.
const orgCheck = reportingCheck({ id: 'organizations_delegated_administrators' }, [
  { status: 'ERROR', resource: accountRef(), message: 'Could not evaluate: organizations:ListDelegatedAdministrators was denied.', error: deniedCall('organizations:ListDelegatedAdministrators') },
]);
const unmapped = reportingCheck({ id: 'zzz_not_in_any_framework' }, [{ status: 'FAIL', resource: accountRef(), message: 'x' }]);
// 90 days for CIS 1.2, 45 (the default) for CIS 7.0: each variant's finding counts towards its own framework only.
const keysCheck = reportingCheck({ id: 'iam_user_accesskey_unused', params: { max_unused_access_keys_days: 45 } }, [
  { status: 'FAIL', resource: { arn: `arn:aws:iam::${ACCOUNT}:user/bob`, id: 'bob', region: 'us-east-1' }, message: 'Bob has an unused key.' },
]);

function sample(): Array<[Finding, Check]> {
  return evaluateChecks([s3Check, orgCheck, unmapped, keysCheck], { frameworksInScope: ['cis_1.2_aws', 'cis_7.0_aws'] }).map((it) =>
    it[0].resource.id === 'old' ? mute(it) : it,
  );
}

describe('compliance CSV', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-compliance-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(framework = cis70, base = 'scan'): Promise<{ raw: string; rows: Record<string, string>[] }> {
    const w = createComplianceWriter(dir, framework, ctx, { base });
    expect(w.path).toBe(join(dir, 'compliance', `${base}_${framework.id}.csv`));
    for (const [f, c] of sample()) await w.write(f, c);
    await w.close();
    const raw = await readFile(w.path, 'utf8');
    return { raw, rows: parseCsv(raw) };
  }

  it("names each finding's account: its alias in a one-account scan, its Organizations name in a multi-account run", async () => {
    const named = createComplianceWriter(dir, cis70, { ...ctx, accountName: 'audit-alias' }, { base: 'named' });
    for (const [f, c] of sample()) await named.write(f, c);
    await named.close();
    const rows = parseCsv(await readFile(named.path, 'utf8'));
    expect(new Set(rows.map((r) => r.ACCOUNTNAME))).toEqual(new Set(['audit-alias']));
    const multi = createComplianceWriter(dir, cis70, { ...ctx, accounts: new Map([[ACCOUNT, { name: 'production' }]]) }, { base: 'multi' });
    for (const [f, c] of sample()) await multi.write(f, c);
    await multi.close();
    const found = parseCsv(await readFile(multi.path, 'utf8')).filter((r) => r.RESOURCEID);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.ACCOUNTID === ACCOUNT && r.ACCOUNTNAME === 'production')).toBe(true);
  });

  it('writes the requirement-level columns, one row per (requirement, finding) of the framework', async () => {
    const { raw, rows } = await write();
    expect(raw.split('\n')[0]).toBe(COMPLIANCE_CSV_COLUMNS.join(';'));
    const auto = rows.filter((r) => r.RESOURCEID);
    expect(auto.map((r) => [r.REQUIREMENTS_ID, r.CHECKID, r.STATUS])).toEqual([
      ['3.1.1', 's3_bucket_secure_transport_policy', 'PASS'],
      ['3.1.1', 's3_bucket_secure_transport_policy', 'FAIL'],
      ['3.1.1', 's3_bucket_secure_transport_policy', 'FAIL'],
      ['2.1.5', 'organizations_delegated_administrators', 'ERROR'],
      ['2.1.6', 'organizations_delegated_administrators', 'ERROR'],
      ['2.11', 'iam_user_accesskey_unused', 'FAIL'],
    ]);
    expect(auto[0]).toEqual({
      PROVIDER: 'aws',
      DESCRIPTION: 'CIS Amazon Web Services Foundations Benchmark 7.0',
      ACCOUNTID: ACCOUNT,
      REGION: 'eu-west-1',
      ASSESSMENTDATE: '2026-11-01T12:00:00.000Z',
      REQUIREMENTS_ID: '3.1.1',
      REQUIREMENTS_DESCRIPTION: 'S3 bucket policies refuse plain HTTP',
      REQUIREMENTS_ATTRIBUTES_SECTION: '3 Storage',
      REQUIREMENTS_ATTRIBUTES_SUBSECTION: cis70.requirements.find((r) => r.id === '3.1.1')!.subsection,
      REQUIREMENTS_ATTRIBUTES_PROFILE: 'Level 2',
      REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS: 'Automated',
      STATUS: 'PASS',
      STATUSEXTENDED: 'Bucket good denies plain HTTP.',
      RESOURCEID: 'arn:aws:s3:::good',
      RESOURCENAME: 'good',
      CHECKID: 's3_bucket_secure_transport_policy',
      MUTED: 'False',
      ACCOUNTNAME: '',
    });
    expect(auto[2].MUTED).toBe('True');
    expect(auto[3].STATUSEXTENDED).toContain('organizations:ListDelegatedAdministrators');
    expect(rows.some((r) => r.CHECKID === 'zzz_not_in_any_framework')).toBe(false);
  });

  it('adds one MANUAL row per requirement that names no checks', async () => {
    const { rows } = await write();
    const noChecks = cis70.requirements.filter((r) => r.checks.length === 0).map((r) => r.id);
    expect(noChecks.length).toBeGreaterThan(0);
    const manual = rows.filter((r) => !r.CHECKID);
    expect(manual.map((r) => r.REQUIREMENTS_ID)).toEqual(noChecks);
    for (const r of manual) {
      expect(r).toMatchObject({ STATUS: 'MANUAL', ACCOUNTID: ACCOUNT, RESOURCEID: '', ASSESSMENTDATE: '2026-11-01T12:00:00.000Z', MUTED: 'False' });
    }
  });

  it('counts a finding only towards the framework whose parameters it was evaluated with', async () => {
    const { rows: r12 } = await write(cis12, 'p');
    const keys12 = r12.filter((r) => r.CHECKID === 'iam_user_accesskey_unused' && r.RESOURCEID);
    expect(keys12.map((r) => r.REQUIREMENTS_ID)).toEqual(['1.3']);
    expect(r12.filter((r) => !r.CHECKID)).toEqual([]); // CIS 1.2 has no requirement without checks
    // Two variants ran, one finding each; each framework got exactly one.
    expect(sample().filter(([f]) => f.checkId === 'iam_user_accesskey_unused')).toHaveLength(2);
    const { rows: r70 } = await write(cis70, 'p');
    expect(r70.filter((r) => r.CHECKID === 'iam_user_accesskey_unused' && r.RESOURCEID)).toHaveLength(1);
  });

  it('keeps separators, quotes and newlines intact and neutralises formulas', async () => {
    const { rows } = await write();
    const bad = rows.find((r) => r.RESOURCENAME.startsWith('bad'))!;
    expect(bad.RESOURCENAME).toBe('bad;"quoted"\nname');
    expect(bad.STATUSEXTENDED).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('opens one writer per framework, once each, under <dir>/compliance/', async () => {
    const ws = createComplianceWriters(dir, [cis70, cis12, cis70], ctx, { base: 'multi' });
    expect(ws.map((w) => w.path)).toEqual([complianceCsvPath(dir, 'cis_7.0_aws', 'multi'), complianceCsvPath(dir, 'cis_1.2_aws', 'multi')]);
    for (const w of ws) await w.close();
    // No findings: every requirement still appears, MANUAL without checks, else NOT RUN per check, dated when given.
    const w = createComplianceWriter(dir, cis70, ctx, { base: 'dated', assessmentDate: '2027-01-01T00:00:00Z' });
    await w.close();
    const rows = parseCsv(await readFile(w.path, 'utf8'));
    expect(new Set(rows.map((r) => r.REQUIREMENTS_ID))).toEqual(new Set(cis70.requirements.map((r) => r.id)));
    expect(rows.filter((r) => r.STATUS === 'MANUAL')).toHaveLength(cis70.requirements.filter((r) => r.checks.length === 0).length);
    expect(rows.filter((r) => r.STATUS === 'NOT RUN')).toHaveLength(cis70.requirements.reduce((n, r) => n + r.checks.length, 0));
    expect(rows.every((r) => r.ASSESSMENTDATE === '2027-01-01T00:00:00Z')).toBe(true);
    const r12 = parseCsv(await readFile(complianceCsvPath(dir, 'cis_1.2_aws', 'multi'), 'utf8'));
    expect(new Set(r12.map((r) => r.REQUIREMENTS_ID)).size).toBe(cis12.requirements.length);
  });

  it('says which checks are not implemented in prowl, and reducing the rows gives the one verdict', async () => {
    const implemented = ['s3_bucket_secure_transport_policy', 'organizations_delegated_administrators', 'iam_user_accesskey_unused', 'iam_user_console_access_unused'];
    const scope = scopeOf(implemented, implemented);
    const tracker = new ComplianceTracker([cis70], scope);
    const all = sample();
    for (const [f] of all) tracker.add(f);
    // The file gets only the FAIL findings (as with --status FAIL) but counts with the scan's tracker.
    const w = createComplianceWriter(dir, cis70, { ...ctx, compliance: tracker }, { base: 'verdict' });
    for (const [f, c] of all) if (f.status === 'FAIL') await w.write(f, c);
    await w.close();
    const rows = parseCsv(await readFile(w.path, 'utf8'));
    const missing = rows.filter((r) => r.STATUS === 'NOT IMPLEMENTED');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((r) => !implemented.includes(r.CHECKID) && r.STATUSEXTENDED.includes('not implemented in prowl'))).toBe(true);
    // 2.11 names two checks: iam_user_console_access_unused ran and found nothing -> a PASS "no resources" row.
    expect(rows.find((r) => r.REQUIREMENTS_ID === '2.11' && r.CHECKID === 'iam_user_console_access_unused')).toMatchObject({ STATUS: 'PASS' });
    const fromRows = new Map<string, string>();
    for (const r of rows) {
      if (r.MUTED === 'True') continue;
      const before = fromRows.get(r.REQUIREMENTS_ID);
      if (!before || STATE_ORDER.indexOf(r.STATUS as never) < STATE_ORDER.indexOf(before as never)) fromRows.set(r.REQUIREMENTS_ID, r.STATUS);
    }
    // Requirements whose only rows were findings filtered out (PASS, ERROR) are absent; every other one matches.
    for (const { requirement, verdict } of tracker.verdicts(cis70)) {
      if (requirement.id === '3.1.1') expect(verdict.status).toBe('FAIL');
      if (fromRows.has(requirement.id)) expect(fromRows.get(requirement.id), requirement.id).toBe(verdict.status);
      else expect(['PASS', 'ERROR'], requirement.id).toContain(verdict.status);
    }
    expect(tracker.verdict('cis_7.0_aws', cis70.requirements.find((r) => r.id === '2.1.5')!).status).toBe('ERROR');
  });
});
