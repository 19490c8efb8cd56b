import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchImportFindingsCommand,
  DescribeHubCommand,
  EnableSecurityHubCommand,
  GetFindingsCommand,
  SecurityHubClient,
  type AwsSecurityFinding,
} from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClientPool } from '../aws/client.js';
import type { Check } from '../core/check.js';
import type { Finding, ResourceRef } from '../core/types.js';
import { createAsffWriter, toAsff } from '../outputs/asff.js';
import type { OutputContext } from '../outputs/types.js';
import { TEST_ACCOUNT, startMoto, type Moto } from '../../test/helpers/moto.js';
import { accountRef, bucket, deniedCall, evaluateChecks, reportingCheck, type Report } from '../../test/helpers/findings.js';
import {
  createSecurityHubPool,
  EvaluatedChecks,
  readAsffFile,
  sendToSecurityHub,
  type SendToSecurityHubOptions,
} from './securityhub.js';

const IMPORT = 'POST /findings/import';
const ctx: OutputContext = { account: { accountId: TEST_ACCOUNT, partition: 'aws', identityArn: '' }, prowlVersion: '9.9.9' };
const credentials = async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' });

/** A scan: checks that report what they are told, evaluated and turned into ASFF. */
function scan(checks: Check[], regions = ['us-east-1', 'eu-west-1']): { asff: AwsSecurityFinding[]; findings: Finding[]; evaluated: EvaluatedChecks } {
  const items = evaluateChecks(checks, { regions });
  const evaluated = new EvaluatedChecks(
    checks.map((c) => c.id),
    regions,
  );
  for (const [f] of items) evaluated.observe(f);
  return { asff: items.map(([f, c]) => toAsff(f, c, ctx)), findings: items.map(([f]) => f), evaluated };
}

const check = (id: string, reports: Report[]) => reportingCheck({ id, severity: 'high', resourceType: 'AwsS3Bucket' }, reports);
const fail = (resource: ResourceRef): Report => ({ status: 'FAIL', resource, message: `${resource.id} fails.` });
const pass = (resource: ResourceRef): Report => ({ status: 'PASS', resource, message: `${resource.id} passes.` });

describe('Security Hub integration against moto', () => {
  let moto: Moto;
  let admin: Record<string, SecurityHubClient>;
  let dir: string;

  const pool = () => createSecurityHubPool(credentials, { extraConfig: { endpoint: moto.endpoint } });
  const send = async (opts: Partial<SendToSecurityHubOptions> & Pick<SendToSecurityHubOptions, 'findings' | 'checksEvaluated'>, p = pool()) => {
    const warnings: string[] = [];
    try {
      const report = await sendToSecurityHub({ pool: p, accountId: TEST_ACCOUNT, regions: ['us-east-1', 'eu-west-1'], onWarning: (w) => warnings.push(w), ...opts });
      return { report, warnings, stats: p.stats };
    } finally {
      p.destroy();
    }
  };
  /** Everything moto holds in a region (moto's GetFindings ignores Filters, which is what we want here). */
  const allIn = async (region: string): Promise<AwsSecurityFinding[]> => {
    const out: AwsSecurityFinding[] = [];
    let token: string | undefined;
    do {
      const page = await admin[region].send(new GetFindingsCommand({ MaxResults: 100, NextToken: token }));
      out.push(...(page.Findings ?? []));
      token = page.NextToken || undefined;
    } while (token);
    return out;
  };
  const stateOf = async (region: string) => Object.fromEntries((await allIn(region)).map((f) => [f.Resources?.[0]?.Id ?? f.Id, f.RecordState]));

  beforeAll(async () => {
    moto = await startMoto();
    dir = await mkdtemp(join(tmpdir(), 'prowl-sh-'));
  });
  afterAll(async () => {
    await moto?.stop();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await moto.reset();
    admin = Object.fromEntries(['us-east-1', 'eu-west-1', 'ap-southeast-2'].map((r) => [r, new SecurityHubClient(moto.config(r))]));
    // Security Hub on in us-east-1 and eu-west-1 only.
    await admin['us-east-1'].send(new EnableSecurityHubCommand({}));
    await admin['eu-west-1'].send(new EnableSecurityHubCommand({}));
  });

  it('imports findings into their own region and skips regions without a hub, with a warning', async () => {
    const s = scan([check('s3_bucket_secure_transport_policy', [fail(bucket('b1', 'eu-west-1')), pass(bucket('b2', 'us-east-1')), fail(bucket('b3', 'ap-southeast-2'))])], [
      'us-east-1',
      'eu-west-1',
      'ap-southeast-2',
    ]);
    const { report, warnings } = await send({ findings: s.asff, checksEvaluated: s.evaluated.map, regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'] });
    expect(report).toMatchObject({ sent: 2, failed: 0, skipped: 1, archived: 0 });
    expect(report.regions.find((r) => r.region === 'ap-southeast-2')).toMatchObject({ enabled: false, reason: 'Security Hub is not enabled', skipped: 1 });
    expect(warnings).toEqual(['Security Hub: skipping ap-southeast-2: Security Hub is not enabled']);
    const eu = await allIn('eu-west-1');
    expect(eu).toHaveLength(1);
    expect(eu[0]).toMatchObject({
      Id: s.findings[0].uid,
      ProductArn: `arn:aws:securityhub:eu-west-1::product/${TEST_ACCOUNT}/default`,
      GeneratorId: 'prowl-s3_bucket_secure_transport_policy',
      RecordState: 'ACTIVE',
      Compliance: { Status: 'FAILED' },
      ProductFields: { ProviderName: 'prowl' },
    });
    expect((await allIn('us-east-1')).map((f) => f.Resources?.[0]?.Id)).toEqual(['arn:aws:s3:::b2']);
  });

  it('a later scan archives the findings it no longer produces, and only those', async () => {
    const first = scan([
      check('s3_bucket_secure_transport_policy', [fail(bucket('keep', 'eu-west-1')), fail(bucket('gone', 'eu-west-1')), pass(bucket('gone-too', 'us-east-1'))]),
      check('s3_bucket_default_encryption', [fail(bucket('not-selected-later', 'eu-west-1'))]),
    ]);
    await send({ findings: first.asff, checksEvaluated: first.evaluated.map });
    // Findings that are not prowl's, or are another account's, must never be touched (moto ignores Filters,
    // so this also proves the client-side check).
    // A generator id that looks like prowl's but another provider, and prowl's provider name with another generator.
    const foreign = {
      ...first.asff[1],
      Id: 'other-product-1',
      ProductFields: { ProviderName: 'Other' },
      Resources: [{ Type: 'Other', Id: 'other-product-1' }],
    };
    const otherGenerator = { ...first.asff[1], Id: 'other-generator', GeneratorId: 'custom-rule', Resources: [{ Type: 'Other', Id: 'other-generator' }] };
    const otherAccount = { ...first.asff[1], Id: 'prowl-other-account', AwsAccountId: '999999999999', Resources: [{ Type: 'Other', Id: 'prowl-other-account' }] };
    await admin['eu-west-1'].send(new BatchImportFindingsCommand({ Findings: [foreign, otherGenerator, otherAccount] }));

    // Second scan: only the first check was selected; "gone" and "gone-too" disappeared.
    const second = scan([check('s3_bucket_secure_transport_policy', [fail(bucket('keep', 'eu-west-1'))])]);
    const { report } = await send({ findings: second.asff, checksEvaluated: second.evaluated.map, now: () => new Date('2030-01-01T00:00:00Z') });
    expect(report).toMatchObject({ sent: 1, archived: 2, failed: 0 });
    expect(await stateOf('eu-west-1')).toEqual({
      'arn:aws:s3:::keep': 'ACTIVE',
      'arn:aws:s3:::gone': 'ARCHIVED',
      'arn:aws:s3:::not-selected-later': 'ACTIVE',
      'other-product-1': 'ACTIVE',
      'other-generator': 'ACTIVE',
      'prowl-other-account': 'ACTIVE',
    });
    const goneToo = (await allIn('us-east-1')).find((f) => f.Resources?.[0]?.Id === 'arn:aws:s3:::gone-too')!;
    expect(goneToo).toMatchObject({ RecordState: 'ARCHIVED', UpdatedAt: '2030-01-01T00:00:00.000Z' });

    // Running again archives nothing more (archived findings are not ACTIVE).
    const again = await send({ findings: second.asff, checksEvaluated: second.evaluated.map });
    expect(again.report.archived).toBe(0);
  });

  it('with --status/-q, decides what to archive from every finding of the scan, not the filtered report', async () => {
    const id = 's3_bucket_secure_transport_policy';
    const first = scan([check(id, [fail(bucket('still-failing', 'eu-west-1')), pass(bucket('fine', 'eu-west-1')), fail(bucket('fixed-later', 'eu-west-1'))])]);
    await send({ findings: first.asff, checksEvaluated: first.evaluated.map });
    // Second scan: still-failing still FAILs, fixed-later is gone; the report keeps only PASS (--status PASS).
    const second = scan([check(id, [fail(bucket('still-failing', 'eu-west-1')), pass(bucket('fine', 'eu-west-1'))])]);
    const passOnly = second.asff.filter((f) => f.Compliance?.Status === 'PASSED');
    const { report } = await send({ findings: passOnly, checksEvaluated: second.evaluated.map, producedIds: second.evaluated.produced });
    expect(report.archived).toBe(1);
    expect(await stateOf('eu-west-1')).toMatchObject({ 'arn:aws:s3:::still-failing': 'ACTIVE', 'arn:aws:s3:::fine': 'ACTIVE', 'arn:aws:s3:::fixed-later': 'ARCHIVED' });
  });

  it('never archives the earlier findings of a check that reported ERROR in that region', async () => {
    const id = 's3_bucket_secure_transport_policy';
    const first = scan([check(id, [fail(bucket('eu-bucket', 'eu-west-1')), fail(bucket('us-bucket', 'us-east-1'))])]);
    await send({ findings: first.asff, checksEvaluated: first.evaluated.map });
    // Second scan: the check could not read eu-west-1, and us-bucket is gone.
    const second = scan([
      check(id, [{ status: 'ERROR', resource: accountRef('eu-west-1'), message: 'Could not evaluate: s3:ListBuckets was denied.', error: deniedCall('s3:ListBuckets') }]),
    ]);
    expect(second.evaluated.map.get('eu-west-1')?.has(id)).toBe(false);
    expect(second.evaluated.map.get('us-east-1')?.has(id)).toBe(true);
    const { report } = await send({ findings: second.asff, checksEvaluated: second.evaluated.map });
    expect(report.archived).toBe(1);
    expect((await stateOf('eu-west-1'))['arn:aws:s3:::eu-bucket']).toBe('ACTIVE');
    expect((await stateOf('us-east-1'))['arn:aws:s3:::us-bucket']).toBe('ARCHIVED');

    // Even if the caller's map claims the check ran, an ERROR finding in the input protects the region.
    const claimed = new Map([['eu-west-1', new Set([id])]]);
    const third = await send({ findings: second.asff, checksEvaluated: claimed });
    expect(third.report.archived).toBe(0);
    expect((await stateOf('eu-west-1'))['arn:aws:s3:::eu-bucket']).toBe('ACTIVE');
  });

  it('sends 250 findings in 3 BatchImportFindings requests', async () => {
    const resources = Array.from({ length: 250 }, (_, i) => fail(bucket(`bulk-${i}`, 'eu-west-1')));
    const s = scan([check('s3_bucket_secure_transport_policy', resources)]);
    const { report, stats } = await send({ findings: s.asff, checksEvaluated: s.evaluated.map, skipUpdate: true });
    expect(report.sent).toBe(250);
    expect(stats.byOperation.get(IMPORT)).toBe(3);
    expect(await allIn('eu-west-1')).toHaveLength(250);
  });

  it('keeps to the request rate per region', async () => {
    const s = scan([check('s3_bucket_secure_transport_policy', Array.from({ length: 7 }, (_, i) => fail(bucket(`r-${i}`, 'eu-west-1'))))]);
    const started = Date.now();
    const { report, stats } = await send({ findings: s.asff, checksEvaluated: s.evaluated.map, skipUpdate: true, batchSize: 1, requestsPerSecond: 3 });
    expect(report.sent).toBe(7);
    expect(stats.byOperation.get(IMPORT)).toBe(7);
    // 3 in the first second, 3 in the second, 1 in the third (a little slack for timer rounding).
    expect(Date.now() - started).toBeGreaterThanOrEqual(1950);
  });

  it('--send-sh-only-fails sends FAILED findings only; --skip-sh-update archives nothing', async () => {
    const first = scan([check('s3_bucket_secure_transport_policy', [fail(bucket('f1', 'eu-west-1')), fail(bucket('f2', 'eu-west-1'))])]);
    await send({ findings: first.asff, checksEvaluated: first.evaluated.map });
    const second = scan([check('s3_bucket_secure_transport_policy', [fail(bucket('f1', 'eu-west-1')), pass(bucket('p1', 'eu-west-1'))])]);
    const skip = await send({ findings: second.asff, checksEvaluated: second.evaluated.map, onlyFails: true, skipUpdate: true });
    expect(skip.report).toMatchObject({ sent: 1, archived: 0 });
    expect(skip.stats.byOperation.get('POST /findings')).toBeUndefined(); // no GetFindings at all
    expect(await stateOf('eu-west-1')).toEqual({ 'arn:aws:s3:::f1': 'ACTIVE', 'arn:aws:s3:::f2': 'ACTIVE' });
    const update = await send({ findings: second.asff, checksEvaluated: second.evaluated.map, onlyFails: true });
    expect(update.report).toMatchObject({ sent: 1, archived: 1 });
    expect(update.stats.byOperation.get('POST /findings')).toBe(2); // GetFindings once per scanned region, for contrast with the skip above
    expect(await stateOf('eu-west-1')).toEqual({ 'arn:aws:s3:::f1': 'ACTIVE', 'arn:aws:s3:::f2': 'ARCHIVED' });
  });

  it('reads a json-asff report file and reports findings Security Hub rejects (FailedCount > 0)', async () => {
    const items = evaluateChecks([check('s3_bucket_secure_transport_policy', [fail(bucket('file-1', 'eu-west-1')), fail(bucket('file-2', 'us-east-1'))])]);
    const path = join(dir, 'report.asff.json');
    const w = createAsffWriter(path, ctx);
    for (const [f, c] of items) await w.write(f, c);
    await w.close();
    const ok = await send({ findings: path, checksEvaluated: new Map(), skipUpdate: true });
    expect(ok.report).toMatchObject({ sent: 2, failed: 0 });

    // moto rejects a finding without resources, as Security Hub does.
    const broken = { ...toAsff(items[0][0], items[0][1], ctx), Id: 'broken-1', Resources: [] };
    const badPath = join(dir, 'broken.json');
    await writeFile(badPath, JSON.stringify([broken], null, 2));
    const bad = await send({ findings: badPath, checksEvaluated: new Map(), skipUpdate: true });
    expect(bad.report).toMatchObject({ sent: 0, failed: 1 });
    expect(bad.report.regions.find((r) => r.region === 'eu-west-1')?.failures).toEqual([
      { id: 'broken-1', code: 'InvalidInput', message: expect.stringContaining('at least one resource') },
    ]);
    expect(bad.warnings.some((w) => w.includes('1 finding(s) rejected') && w.includes('broken-1'))).toBe(true);
  });

  it('reports, and does not throw, when the pool may not import (no allowOperations)', async () => {
    const s = scan([check('s3_bucket_secure_transport_policy', [fail(bucket('x', 'eu-west-1'))])]);
    const readOnly = new ClientPool({ credentials, extraConfig: { endpoint: moto.endpoint } });
    const { report, warnings, stats } = await send({ findings: s.asff, checksEvaluated: new Map(), skipUpdate: true }, readOnly);
    expect(report).toMatchObject({ sent: 0, failed: 1 });
    expect(report.regions.find((r) => r.region === 'eu-west-1')?.failures[0]).toMatchObject({ code: 'WriteRefused' });
    expect(warnings.some((w) => /not imported: securityhub:BatchImportFindings failed \(WriteRefused\)/.test(w))).toBe(true);
    expect(stats.byOperation.get(IMPORT)).toBeUndefined();
  });
});

describe('Security Hub integration details (aws-sdk-client-mock: moto ignores GetFindings Filters)', () => {
  it('asks GetFindings for prowl findings of this account and region that are ACTIVE, following NextToken', async () => {
    const mock = mockClient(SecurityHubClient);
    try {
      mock.on(DescribeHubCommand).resolves({ HubArn: 'arn:aws:securityhub:eu-west-1:123456789012:hub/default' });
      mock.on(GetFindingsCommand).resolvesOnce({ Findings: [], NextToken: 'page-2' }).resolves({ Findings: [] });
      mock.on(BatchImportFindingsCommand).resolves({ FailedCount: 0, SuccessCount: 0 });
      const p = createSecurityHubPool(credentials, { extraConfig: { endpoint: 'http://127.0.0.1:9' } });
      await sendToSecurityHub({
        pool: p,
        accountId: TEST_ACCOUNT,
        regions: ['eu-west-1'],
        findings: [],
        checksEvaluated: new Map([['eu-west-1', new Set(['s3_bucket_secure_transport_policy'])]]),
      });
      p.destroy();
      const calls = mock.commandCalls(GetFindingsCommand);
      expect(calls).toHaveLength(2);
      expect(calls[0].args[0].input).toEqual({
        Filters: {
          ProductFields: [{ Key: 'ProviderName', Value: 'prowl', Comparison: 'EQUALS' }],
          GeneratorId: [{ Value: 'prowl-', Comparison: 'PREFIX' }],
          RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
          AwsAccountId: [{ Value: TEST_ACCOUNT, Comparison: 'EQUALS' }],
          Region: [{ Value: 'eu-west-1', Comparison: 'EQUALS' }],
        },
        MaxResults: 100,
        NextToken: undefined,
      });
      expect(calls[1].args[0].input.NextToken).toBe('page-2');
    } finally {
      mock.restore();
    }
  });

  it('a DescribeHub error other than "not subscribed" skips the region with the reason', async () => {
    const mock = mockClient(SecurityHubClient);
    try {
      mock.on(DescribeHubCommand).rejects(Object.assign(new Error('not authorized to perform securityhub:DescribeHub'), { name: 'AccessDeniedException' }));
      const warnings: string[] = [];
      const p = createSecurityHubPool(credentials, { extraConfig: { endpoint: 'http://127.0.0.1:9' } });
      const report = await sendToSecurityHub({
        pool: p,
        accountId: TEST_ACCOUNT,
        regions: ['eu-west-1'],
        findings: [toAsff(evaluateChecks([check('s3_bucket_secure_transport_policy', [fail(bucket('z'))])])[0][0], check('s3_bucket_secure_transport_policy', []), ctx)],
        checksEvaluated: new Map(),
        onWarning: (w) => warnings.push(w),
      });
      p.destroy();
      expect(report).toMatchObject({ sent: 0, skipped: 1 });
      expect(warnings).toEqual(['Security Hub: skipping eu-west-1: could not check Security Hub: securityhub:DescribeHub access denied (AccessDeniedException)']);
      expect(mock.commandCalls(BatchImportFindingsCommand)).toHaveLength(0);
    } finally {
      mock.restore();
    }
  });

  it('EvaluatedChecks drops a check where it errored, and everywhere when the check itself failed', () => {
    const e = new EvaluatedChecks(['a_check', 'b_check', 'c_check'], ['us-east-1', 'eu-west-1']);
    const base = { uid: 'u', statusExtended: '', accountId: TEST_ACCOUNT, resource: accountRef(), muted: false, compliance: [], timestamp: '' };
    e.observe({ ...base, checkId: 'a_check', status: 'ERROR', region: 'eu-west-1', error: deniedCall('x:Y') });
    e.observe({ ...base, checkId: 'b_check', status: 'ERROR', region: 'us-east-1', error: { kind: 'Failed', code: 'CheckFailed', operation: 'b_check', message: 'boom' } });
    e.observe({ ...base, checkId: 'c_check', status: 'FAIL', region: 'eu-west-1' });
    expect([...e.map.get('us-east-1')!]).toEqual(['a_check', 'c_check']);
    expect([...e.map.get('eu-west-1')!]).toEqual(['c_check']);
  });

  it('readAsffFile reads prowl reports line by line, other JSON arrays whole, and names bad input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prowl-sh-file-'));
    try {
      const a = { Id: 'a' };
      const b = { Id: 'b' };
      const read = async (text: string) => {
        const p = join(dir, `f${Math.random()}.json`);
        await writeFile(p, text);
        const out: unknown[] = [];
        for await (const f of readAsffFile(p)) out.push(f);
        return out;
      };
      expect(await read(`[\n${JSON.stringify(a)},\n${JSON.stringify(b)}\n]\n`)).toEqual([a, b]);
      expect(await read('[]\n')).toEqual([]);
      expect(await read(JSON.stringify([a, b], null, 2))).toEqual([a, b]);
      expect(await read(`  [ ${JSON.stringify(a)} ]`)).toEqual([a]);
      await expect(read('[\n{"Id": "a"},\n{broken\n]')).rejects.toThrow(/:3: not a JSON-ASFF finding/);
      await expect(read('{"Id": "a"}')).rejects.toThrow(/expected a JSON array/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
