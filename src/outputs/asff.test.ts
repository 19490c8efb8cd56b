import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFramework } from '../compliance/index.js';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import { ACCOUNT } from '../../test/helpers/check.js';
import { accountRef, bucket, deniedCall, evaluateChecks, mute, reportingCheck } from '../../test/helpers/findings.js';
import schema from './asff-schema.json' with { type: 'json' };
import { ASFF_LIMITS, clip, createAsffWriter, relatedRequirements, toAsff, type AsffFinding } from './asff.js';
import type { OutputContext } from './types.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const expectValid = (f: unknown) => {
  validate(f);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
};

const ctx: OutputContext = {
  account: { accountId: ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${ACCOUNT}:user/auditor` },
  prowlVersion: '9.9.9',
  frameworks: [getFramework('cis_7.0_aws')!],
};

// s3_bucket_secure_transport_policy maps to CIS 1.3 ... 7.0 requirements; the fixture reports what it is told.
const s3Check = reportingCheck({ id: 's3_bucket_secure_transport_policy', severity: 'high', resourceType: 'AwsS3Bucket', categories: ['encryption'] }, [
  { status: 'PASS', resource: bucket('good', 'eu-west-1', { tags: { env: 'prod' } }), message: 'Bucket good denies plain HTTP.' },
  { status: 'FAIL', resource: bucket('bad', 'eu-west-1', { details: { versioning: true, objects: 3 } }), message: 'Bucket bad allows plain HTTP.' },
  { status: 'ERROR', resource: accountRef('eu-west-1'), message: 'Could not evaluate: s3:GetBucketPolicy was denied (AccessDenied).', error: deniedCall('s3:GetBucketPolicy') },
]);
const manualCheck = reportingCheck({ id: 'account_maintain_current_contact_details', severity: 'low', resourceType: 'AwsAccount' }, [
  { status: 'MANUAL', resource: accountRef(), message: 'Check the contact details by hand.' },
]);

const sample = (): Array<[Finding, Check]> => evaluateChecks([s3Check, manualCheck]);

describe('JSON-ASFF output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-asff-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function writeAndRead(name: string, items: Array<[Finding, Check]>, c = ctx): Promise<{ text: string; findings: AsffFinding[] }> {
    const path = join(dir, name);
    const w = createAsffWriter(path, c);
    expect(w.path).toBe(path);
    for (const [f, ch] of items) await w.write(f, ch);
    await w.close();
    const text = await readFile(path, 'utf8');
    return { text, findings: JSON.parse(text) };
  }

  it('writes a JSON array, one finding per line, every finding valid against the ASFF schema subset', async () => {
    const { text, findings } = await writeAndRead('all.asff.json', sample());
    expect(findings).toHaveLength(4);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-1)).toBe(']');
    expect(lines.slice(1, -1).map((l) => JSON.parse(l.replace(/,$/, '')).Id)).toEqual(findings.map((f) => f.Id));
    for (const f of findings) expectValid(f);
    expect(findings.map((f) => f.Compliance?.Status)).toEqual(['PASSED', 'FAILED', 'NOT_AVAILABLE', 'WARNING']);
  });

  it('maps identity, product, severity, resources, compliance and remediation', async () => {
    const items = sample();
    const { findings } = await writeAndRead('fields.asff.json', items);
    const [pass, fail, error, manual] = findings;
    expect(fail).toMatchObject({
      SchemaVersion: '2018-10-08',
      Id: items[1][0].uid,
      ProductArn: `arn:aws:securityhub:eu-west-1::product/${ACCOUNT}/default`,
      GeneratorId: 'prowl-s3_bucket_secure_transport_policy',
      AwsAccountId: ACCOUNT,
      Region: 'eu-west-1',
      CreatedAt: '2026-11-01T12:00:00.000Z',
      UpdatedAt: '2026-11-01T12:00:00.000Z',
      FirstObservedAt: '2026-11-01T12:00:00.000Z',
      Severity: { Label: 'HIGH', Original: 'high' },
      Title: s3Check.title,
      Description: 'Bucket bad allows plain HTTP.',
      Remediation: { Recommendation: { Text: s3Check.remediation.text, Url: 'https://example.com/remediate' } },
      RecordState: 'ACTIVE',
      Workflow: { Status: 'NEW' },
      ProductFields: {
        ProviderName: 'prowl',
        ProviderVersion: '9.9.9',
        'prowl/CheckId': 's3_bucket_secure_transport_policy',
        'prowl/Status': 'FAIL',
        'prowl/Service': 's3',
        'prowl/ResourceId': 'bad',
        'prowl/Categories': 'encryption',
      },
    });
    expect(fail.Types).toEqual([
      'Software and Configuration Checks/AWS Security Best Practices',
      'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    ]);
    expect(fail.Resources).toEqual([
      { Type: 'AwsS3Bucket', Id: 'arn:aws:s3:::bad', Partition: 'aws', Region: 'eu-west-1', Details: { Other: { versioning: 'true', objects: '3' } } },
    ]);
    expect(pass.Resources?.[0].Tags).toEqual({ env: 'prod' });
    // The selected framework comes first, then the others newest first.
    expect(fail.Compliance?.RelatedRequirements?.slice(0, 4)).toEqual(['CIS 7.0 3.1.1', 'CIS 6.0 3.1.1', 'CIS 5.0 2.1.1', 'CIS 4.0.1 2.1.1']);
    expect(fail.Compliance?.RelatedRequirements).toContain('CIS 1.3 2.1.2');
    // A passed check is informational, whatever the check's severity; the original stays.
    expect(pass.Severity).toEqual({ Label: 'INFORMATIONAL', Original: 'high' });
    // ERROR: not available, and the failed call is named.
    expect(error.Compliance?.Status).toBe('NOT_AVAILABLE');
    expect(error.Description).toContain('s3:GetBucketPolicy');
    expect(error.ProductFields).toMatchObject({ 'prowl/Status': 'ERROR', 'prowl/ErrorOperation': 's3:GetBucketPolicy', 'prowl/ErrorCode': 'AccessDenied' });
    expect(error.Severity?.Label).toBe('HIGH');
    // The ERROR is about the account (a bucket-level check could not list): the account's type, not AwsS3Bucket.
    expect(error.Resources?.[0]).toMatchObject({ Type: 'AwsAccount', Id: `arn:aws:iam::${ACCOUNT}:root` });
    expect(manual).toMatchObject({ Compliance: { Status: 'WARNING' }, Severity: { Label: 'LOW' }, ProductArn: `arn:aws:securityhub:us-east-1::product/${ACCOUNT}/default` });
    expect(manual.Resources?.[0]).toMatchObject({ Type: 'AwsAccount', Id: `arn:aws:iam::${ACCOUNT}:root`, Region: 'us-east-1' });
  });

  it('suppresses muted findings in the workflow and says who muted them', () => {
    const [f, c] = mute(sample()[1], 'known exception');
    const a = toAsff(f, c, ctx);
    expect(a.Workflow).toEqual({ Status: 'SUPPRESSED' });
    expect(a.Compliance?.Status).toBe('FAILED');
    expect(a.ProductFields).toMatchObject({ 'prowl/Muted': 'true', 'prowl/MutedBy': 'known exception' });
    expectValid(a);
  });

  it('keeps to ASFF limits when AWS values and texts are oversized', () => {
    const tags = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`k${i}-${'x'.repeat(200)}`, 'v'.repeat(400)]));
    const details = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d${i}`, 'y'.repeat(2000)]));
    const big = reportingCheck(
      { id: 's3_bucket_secure_transport_policy', title: `T${'t'.repeat(400)}`, remediation: { text: `R${'r'.repeat(900)}` } },
      [{ status: 'FAIL', resource: bucket('huge', 'eu-west-1', { tags, details, name: 'n'.repeat(3000) }), message: `M${'m'.repeat(5000)}\u{1F600}` }],
    );
    const [[f, c]] = evaluateChecks([big]);
    // 40 requirements across frameworks: more than ASFF allows.
    const many: Finding = { ...f, compliance: [{ framework: 'cis_7.0_aws', requirements: Array.from({ length: 40 }, (_, i) => `9.${i}`) }] };
    const a = toAsff(many, c, ctx);
    expectValid(a);
    expect(a.Title).toHaveLength(ASFF_LIMITS.title);
    expect(a.Title?.endsWith('…')).toBe(true);
    expect(a.Description).toHaveLength(ASFF_LIMITS.description);
    expect(a.Remediation?.Recommendation?.Text).toHaveLength(ASFF_LIMITS.recommendationText);
    expect(a.Compliance?.RelatedRequirements).toHaveLength(32);
    expect(a.Compliance?.RelatedRequirements?.[0]).toBe('CIS 7.0 9.0');
    const t = a.Resources![0].Tags!;
    expect(Object.keys(t)).toHaveLength(50);
    expect(Math.max(...Object.keys(t).map((k) => k.length))).toBe(128);
    expect(Math.max(...Object.values(t).map((v) => v.length))).toBe(256);
    expect(Object.keys(a.Resources![0].Details!.Other!)).toHaveLength(50);
    expect(a.ProductFields!['prowl/ResourceName']).toHaveLength(2048);
  });

  it('clip never splits a surrogate pair', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
    expect(clip('a\u{1F600}b', 3)).toBe('a…');
  });

  it('orders related requirements with no frameworks selected newest first, without duplicates', () => {
    const [[f]] = sample();
    const dup: Finding = { ...f, compliance: [...f.compliance, { framework: 'cis_7.0_aws', requirements: ['3.1.1'] }] };
    const reqs = relatedRequirements(dup, {});
    expect(reqs[0]).toBe('CIS 7.0 3.1.1');
    expect(reqs.filter((r) => r === 'CIS 7.0 3.1.1')).toHaveLength(1);
    // CIS newest first, then the other frameworks (by id).
    const cis = reqs.filter((r) => r.startsWith('CIS '));
    expect(reqs.slice(0, cis.length)).toEqual(cis);
    expect(cis.at(-1)).toBe('CIS 1.3 2.1.2');
    expect(reqs.length).toBeGreaterThan(cis.length);
  });

  it('omits Partition for partitions ASFF does not name, and writes [] for an empty scan', async () => {
    const [[f, c]] = sample();
    const a = toAsff(f, c, { ...ctx, account: { ...ctx.account, partition: 'aws-iso-f' } });
    expect(a.Resources![0].Partition).toBeUndefined();
    expect(a.ProductArn).toBe(`arn:aws-iso-f:securityhub:eu-west-1::product/${ACCOUNT}/default`);
    const { text, findings } = await writeAndRead('empty.asff.json', []);
    expect(text).toBe('[]\n');
    expect(findings).toEqual([]);
  });

  it('the schema rejects findings that break ASFF rules', () => {
    const [[f, c]] = sample();
    const good = toAsff(f, c, ctx) as unknown as Record<string, unknown>;
    expectValid(good);
    const broken = [
      { ...good, Title: 'x'.repeat(257) },
      { ...good, Description: undefined },
      { ...good, Resources: [] },
      { ...good, AwsAccountId: '1234' },
      { ...good, SchemaVersion: '2020-01-01' },
      { ...good, Severity: { Label: 'SEVERE' } },
      { ...good, Compliance: { Status: 'PASS' } },
      { ...good, Compliance: { Status: 'PASSED', RelatedRequirements: Array.from({ length: 33 }, (_, i) => `r${i}`) } },
      { ...good, Workflow: { Status: 'MUTED' } },
      { ...good, Types: ['Best Practices/Whatever'] },
      { ...good, CreatedAt: 'yesterday' },
      { ...good, ProductArn: 'arn:aws:securityhub:us-east-1:123456789012:hub/default' },
      { ...good, ProductFields: { ProviderName: 'prowler', ProviderVersion: '1' } },
      { ...good, Resources: [{ Type: 'AwsS3Bucket', Id: 'x', Tags: { k: 'v'.repeat(257) } }] },
      { ...good, Unknown: 1 },
    ].map((e) => JSON.parse(JSON.stringify(e)));
    for (const e of broken) expect(validate(e), JSON.stringify(e).slice(0, 120)).toBe(false);
  });
});
