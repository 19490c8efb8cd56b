import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCheck, type Check } from '../core/check.js';
import type { Finding, ResourceRef } from '../core/types.js';
import { passwordPolicy } from '../services/iam/collectors.js';
import minLength14 from '../services/iam/checks/iam_password_policy_minimum_length_14.js';
import { ACCOUNT, denied, FixtureInventory, runCheck } from '../../test/helpers/check.js';
import { CSV_COLUMNS, createCsvWriter } from './csv.js';
import type { OutputContext } from './types.js';

const ctx: OutputContext = {
  account: { accountId: ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${ACCOUNT}:user/auditor`, alias: 'prod' },
  prowlVersion: '9.9.9',
};

/** Parse a written CSV into header + records keyed by column. */
async function readCsv(path: string): Promise<{ header: string[]; records: Record<string, string>[] }> {
  const [header, ...rows] = parse(await readFile(path, 'utf8'), { delimiter: ';' }) as string[][];
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

/** A check that reports the given resources, for odd values. */
function reporting(resources: ResourceRef[]): Check {
  return defineCheck({
    ...minLength14,
    id: 'test_reporting_check',
    uses: [],
    params: undefined,
    run(c) {
      for (const r of resources) c.fail(r, `Resource ${r.id} is ${r.name}.`);
    },
  });
}

async function writeAll(path: string, items: Array<[Finding, Check]>): Promise<void> {
  const w = createCsvWriter(path, ctx);
  for (const [f, c] of items) await w.write(f, c);
  await w.close();
}

describe('CSV output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-csv-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes Prowler 5 columns in order, one row per finding', async () => {
    const pass = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { exists: true, minimumLength: 16 }));
    const fail = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { exists: false }));
    const error = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { error: denied('iam:GetAccountPasswordPolicy') }));
    const path = join(dir, 'basic.csv');
    await writeAll(path, [...pass, ...fail, ...error].map((f) => [f, minLength14]));

    const raw = await readFile(path, 'utf8');
    expect(raw.split('\n')[0]).toBe(CSV_COLUMNS.join(';'));
    const { header, records } = await readCsv(path);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header[0]).toBe('AUTH_METHOD');
    expect(header.at(-1)).toBe('PROWLER_VERSION');
    expect(records.map((r) => r.STATUS)).toEqual(['PASS', 'FAIL', 'ERROR']);
    const [p, f, e] = records;
    expect(p).toMatchObject({
      ACCOUNT_UID: ACCOUNT,
      ACCOUNT_NAME: 'prod',
      PROVIDER: 'aws',
      CHECK_ID: 'iam_password_policy_minimum_length_14',
      CHECK_TITLE: minLength14.title,
      SERVICE_NAME: 'iam',
      SEVERITY: 'medium',
      RESOURCE_TYPE: 'AwsAccount', // an account-level finding, whatever the check's usual type
      RESOURCE_UID: `arn:aws:iam::${ACCOUNT}:root`,
      PARTITION: 'aws',
      REGION: 'us-east-1',
      MUTED: 'False',
      REMEDIATION_CODE_CLI: minLength14.remediation.cli,
      REMEDIATION_RECOMMENDATION_URL: minLength14.remediation.url,
      CATEGORIES: 'identity-access',
      PROWLER_VERSION: '9.9.9',
      AUTH_METHOD: `identity: arn:aws:iam::${ACCOUNT}:user/auditor`,
      TIMESTAMP: '2026-11-01T12:00:00.000Z',
    });
    expect(p.FINDING_UID).toBe(pass[0].uid);
    expect(p.STATUS_EXTENDED).toBe(pass[0].statusExtended);
    expect(f.STATUS_EXTENDED).toBe(fail[0].statusExtended);
    expect(p.COMPLIANCE).toContain('CIS-1.4: 1.8');
    expect(p.COMPLIANCE).toContain('CIS-7.0: 2.8');
    expect(p.COMPLIANCE.split(' | ').filter((x) => /^CIS-\d/.test(x))).toHaveLength(10);
    expect(e.STATUS_EXTENDED).toBe(error[0].statusExtended);
    expect(e.NOTES).toBe('parameters: min_password_length=14; error: iam:GetAccountPasswordPolicy AccessDenied');
  });

  it('neutralises spreadsheet formulas in values', async () => {
    const check = reporting([
      { arn: 'arn:aws:iam::1:user/evil', id: '=HYPERLINK("http://x")', name: '=HYPERLINK("http://x")', region: 'us-east-1' },
      { arn: 'arn:aws:iam::1:user/plus', id: 'u2', name: '+cmd|calc', region: 'us-east-1', tags: { '@team': '-1+1' } },
    ]);
    const findings = runCheck(check, new FixtureInventory());
    const path = join(dir, 'formula.csv');
    await writeAll(path, findings.map((f) => [f, check]));
    const raw = await readFile(path, 'utf8');
    expect(raw).not.toMatch(/(^|;)"?=HYPERLINK/m);
    const { records } = await readCsv(path);
    expect(records[0].RESOURCE_NAME).toBe(`'=HYPERLINK("http://x")`);
    expect(records[1].RESOURCE_NAME).toBe(`'+cmd|calc`);
    expect(records[1].RESOURCE_TAGS).toBe(`'@team=-1+1`);
    // Text that merely contains a formula character later is untouched.
    expect(records[0].STATUS_EXTENDED).toBe('Resource =HYPERLINK("http://x") is =HYPERLINK("http://x").');
  });

  it('round-trips semicolons, quotes and newlines', async () => {
    const name = 'a;b "quoted"\nsecond line';
    const check = reporting([{ arn: 'arn:aws:s3:::odd', id: 'odd', name, region: 'eu-west-1', tags: { k: 'v;w', note: 'x\r\ny' } }]);
    const path = join(dir, 'odd.csv');
    await writeAll(path, runCheck(check, new FixtureInventory(['eu-west-1'])).map((f) => [f, check]));
    const { records } = await readCsv(path);
    expect(records).toHaveLength(1);
    expect(records[0].RESOURCE_NAME).toBe(name);
    expect(records[0].RESOURCE_TAGS).toBe('k=v;w | note=x\r\ny');
    expect(records[0].STATUS_EXTENDED).toBe(`Resource odd is ${name}.`);
    expect(records[0].REGION).toBe('eu-west-1');
  });

  it('marks muted findings and says what muted them', async () => {
    const [f] = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { exists: false }));
    const path = join(dir, 'muted.csv');
    await writeAll(path, [[{ ...f, muted: true, mutedBy: 'accepted until Q3' }, minLength14]]);
    const { records } = await readCsv(path);
    expect(records[0]).toMatchObject({ STATUS: 'FAIL', MUTED: 'True' });
    expect(records[0].NOTES).toBe('muted by: accepted until Q3; parameters: min_password_length=14');
  });

  it('writes only the header when there are no findings', async () => {
    const path = join(dir, 'empty.csv');
    await writeAll(path, []);
    expect(await readFile(path, 'utf8')).toBe(`${CSV_COLUMNS.join(';')}\n`);
  });

  it('streams many findings without losing any', async () => {
    const [base] = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { exists: false }));
    const path = join(dir, 'many.csv');
    const w = createCsvWriter(path, ctx);
    for (let i = 0; i < 2000; i++) await w.write({ ...base, uid: `uid-${i}`, statusExtended: `message ${i}` }, minLength14);
    await w.close();
    const { records } = await readCsv(path);
    expect(records).toHaveLength(2000);
    expect(records[1999]).toMatchObject({ FINDING_UID: 'uid-1999', STATUS_EXTENDED: 'message 1999' });
  });

  it('fails when the file cannot be written', async () => {
    const w = createCsvWriter(join(dir, 'no-such-dir', 'x.csv'), ctx);
    const [f] = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { exists: false }));
    await expect(
      (async () => {
        await w.write(f, minLength14);
        await w.close();
      })(),
    ).rejects.toThrow(/ENOENT/);
  });

  it('fills CHECK_TYPE with the ASFF types, names account-level resources AwsAccount, and --unix-timestamp', async () => {
    const fail = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { exists: false }));
    const bucket = runCheck(reporting([{ arn: 'arn:aws:s3:::b1', id: 'b1', name: 'b1', region: 'eu-west-1' }]), new FixtureInventory());
    const path = join(dir, 'types.csv');
    const w = createCsvWriter(path, { ...ctx, unixTimestamp: true, authMethod: 'profile: audit' });
    for (const f of fail) await w.write(f, minLength14);
    for (const f of bucket) await w.write(f, reporting([]));
    await w.close();
    const { records } = await readCsv(path);
    const account = records.find((r) => r.CHECK_ID === minLength14.id)!;
    expect(account.RESOURCE_UID).toBe(`arn:aws:iam::${ACCOUNT}:root`);
    expect(account.RESOURCE_TYPE).toBe('AwsAccount'); // not the check's usual AwsIamPolicy
    expect(account.CHECK_TYPE.split(' | ')).toEqual([
      'Software and Configuration Checks/AWS Security Best Practices',
      'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    ]);
    expect(account.AUTH_METHOD).toBe('profile: audit');
    expect(account.TIMESTAMP).toMatch(/^\d{10}$/);
    const b = records.find((r) => r.RESOURCE_UID === 'arn:aws:s3:::b1')!;
    expect(b.RESOURCE_TYPE).toBe(minLength14.resourceType);
    expect(b.CHECK_TYPE).toBe('Software and Configuration Checks/AWS Security Best Practices');
  });
});
