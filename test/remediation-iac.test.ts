/**
 * Remediation as code: every check carries a CloudFormation (nativeIaC) and a Terraform snippet, or is listed in
 * src/iac-none.ts with the reason it has none. The CloudFormation snippets are checked against the
 * CloudFormation resource specification (resource types and property names, nested property types included);
 * the Terraform snippets are parsed by HashiCorp's own HCL parser (the hcl2json WebAssembly build, no network).
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, type ScalarTag, type CollectionTag } from 'yaml';
import { specification } from '@aws-cdk/cfnspec';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { loadBuiltinChecks } from '../src/registry.js';
import { NO_IAC } from '../src/iac-none.js';
import { remediationCloudFormation, remediationTerraform } from '../src/services/cloudwatch/metric-filters.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { defineCheck, type Check } from '../src/core/check.js';
import type { Finding } from '../src/core/types.js';
import type { OutputContext } from '../src/outputs/types.js';
import { createCsvWriter } from '../src/outputs/csv.js';
import { createOcsfWriter } from '../src/outputs/ocsf.js';
import { ASFF_LIMITS, createAsffWriter } from '../src/outputs/asff.js';
import { createHtmlWriter } from '../src/outputs/html/writer.js';
import { decodeReport } from '../src/outputs/html/synthetic.test-helper.js';

const checks = await loadBuiltinChecks();
const spec = specification();

// CloudFormation's short-form intrinsic functions, as the YAML tags the CloudFormation parser accepts.
const INTRINSICS = ['Ref', 'GetAtt', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'ImportValue', 'GetAZs', 'FindInMap', 'Base64', 'Cidr', 'Condition'];
const fnName = (n: string) => (n === 'Ref' || n === 'Condition' ? n : `Fn::${n}`);
const cfnTags: Array<ScalarTag | CollectionTag> = INTRINSICS.flatMap((n) => [
  { tag: `!${n}`, resolve: (v: string) => ({ [fnName(n)]: n === 'GetAtt' ? v.split('.') : v }) } as ScalarTag,
  { tag: `!${n}`, collection: 'seq', resolve: (v: { toJSON(): unknown }) => ({ [fnName(n)]: v.toJSON() }) } as unknown as CollectionTag,
  { tag: `!${n}`, collection: 'map', resolve: (v: { toJSON(): unknown }) => ({ [fnName(n)]: v.toJSON() }) } as unknown as CollectionTag,
]);
export function parseCfn(text: string): unknown {
  return parseYaml(text, { customTags: cfnTags, strict: true, uniqueKeys: true });
}

interface PropSpec { Type?: string; ItemType?: string; PrimitiveType?: string; PrimitiveItemType?: string }
const isIntrinsic = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && /^(Ref|Fn::|Condition$)/.test(Object.keys(v)[0]);

/** Problems with one value against its specification entry: unknown property names, objects where a scalar belongs. */
function checkValue(resourceType: string, path: string, def: PropSpec, value: unknown, out: string[]): void {
  if (value === null || value === undefined || isIntrinsic(value)) return;
  const sub = (name: string) => (name === 'Tag' ? spec.PropertyTypes.Tag : spec.PropertyTypes[`${resourceType}.${name}`]) as { Properties?: Record<string, PropSpec> } | undefined;
  const checkObject = (typeName: string, p: string, v: unknown) => {
    if (v === null || isIntrinsic(v)) return;
    const t = sub(typeName);
    if (!t) return out.push(`${p}: no property type ${typeName}`) as unknown as void;
    if (typeof v !== 'object' || Array.isArray(v)) return out.push(`${p}: expected an object (${typeName})`) as unknown as void;
    if (!t.Properties) return; // a type with no listed properties (free-form)
    for (const [k, kv] of Object.entries(v as Record<string, unknown>)) {
      const d = t.Properties[k];
      if (!d) out.push(`${p}.${k}: not a property of ${typeName}`);
      else checkValue(resourceType, `${p}.${k}`, d, kv, out);
    }
  };
  if (def.PrimitiveType) {
    if (def.PrimitiveType !== 'Json' && typeof value === 'object') out.push(`${path}: expected a ${def.PrimitiveType}`);
    return;
  }
  if (def.Type === 'List') {
    if (!Array.isArray(value)) return void out.push(`${path}: expected a list`);
    if (def.ItemType) value.forEach((item, i) => checkObject(def.ItemType!, `${path}[${i}]`, item));
    else if (def.PrimitiveItemType && def.PrimitiveItemType !== 'Json') value.forEach((item, i) => { if (typeof item === 'object' && !isIntrinsic(item)) out.push(`${path}[${i}]: expected a ${def.PrimitiveItemType}`); });
    return;
  }
  if (def.Type === 'Map') {
    if (typeof value !== 'object' || Array.isArray(value)) return void out.push(`${path}: expected a map`);
    if (def.ItemType) for (const [k, v] of Object.entries(value)) checkObject(def.ItemType, `${path}.${k}`, v);
    return;
  }
  if (def.Type) checkObject(def.Type, path, value);
}

/** Every resource in a snippet: a `Resources:` map, or one `LogicalId: {Type, Properties}` map. */
export function cfnProblems(text: string): { types: string[]; problems: string[] } {
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = parseCfn(text);
  } catch (e) {
    return { types: [], problems: [`not YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  if (!doc || typeof doc !== 'object') return { types: [], problems: ['not a mapping'] };
  const resources = ((doc as Record<string, unknown>).Resources ?? doc) as Record<string, { Type?: string; Properties?: Record<string, unknown> }>;
  const types: string[] = [];
  for (const [name, r] of Object.entries(resources)) {
    if (!r || typeof r !== 'object' || typeof r.Type !== 'string') {
      problems.push(`${name}: not a resource (no Type)`);
      continue;
    }
    types.push(r.Type);
    if (!/^[A-Za-z0-9]+$/.test(name)) problems.push(`${name}: a logical id is alphanumeric`);
    const type = spec.ResourceTypes[r.Type] as { Properties?: Record<string, PropSpec> } | undefined;
    if (!type) {
      problems.push(`${name}: unknown resource type ${r.Type}`);
      continue;
    }
    // Top-level properties the resource requires: a snippet deploys as written once its placeholders are filled.
    for (const [p, def] of Object.entries(type.Properties ?? {})) {
      if ((def as { Required?: boolean }).Required && (r.Properties ?? {})[p] === undefined) problems.push(`${name}: ${r.Type} requires ${p}`);
    }
    for (const [p, v] of Object.entries(r.Properties ?? {})) {
      const def = type.Properties?.[p];
      if (!def) problems.push(`${name}: ${r.Type} has no property ${p}`);
      else checkValue(r.Type, `${name}.${p}`, def, v, problems);
    }
  }
  return { types, problems };
}

/** Parsed by HCL; only resource/data blocks, each an aws_* type with a name. */
export async function terraformProblems(text: string): Promise<{ types: string[]; problems: string[] }> {
  let json: Record<string, Record<string, Record<string, unknown>>>;
  try {
    json = (await parseHcl('snippet.tf', text)) as typeof json;
  } catch (e) {
    return { types: [], problems: [`not HCL: ${String(e).slice(0, 300)}`] };
  }
  const problems: string[] = [];
  const types: string[] = [];
  for (const [block, byType] of Object.entries(json)) {
    if (block !== 'resource' && block !== 'data') {
      problems.push(`unexpected top-level block ${block}`);
      continue;
    }
    for (const [type, byName] of Object.entries(byType)) {
      if (!/^aws_[a-z0-9_]+$/.test(type)) problems.push(`${block} type ${type} is not an AWS provider type`);
      if (block === 'resource') types.push(type);
      for (const name of Object.keys(byName)) if (!/^[a-z_][a-z0-9_-]*$/.test(name)) problems.push(`${type}.${name}: bad name`);
    }
  }
  if (!types.length) problems.push('no resource block');
  return { types, problems };
}

describe('remediation as code', () => {
  it('the spec check catches a wrong resource type, a wrong property and a wrong nested property', () => {
    expect(cfnProblems('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "${AWS::StackName}-x"\n      VersioningConfiguration:\n        Status: Enabled\n').problems).toEqual([]);
    expect(cfnProblems('X:\n  Type: AWS::S3::Bukket\n').problems).toEqual(['X: unknown resource type AWS::S3::Bukket']);
    expect(cfnProblems('X:\n  Type: AWS::S3::Bucket\n  Properties:\n    Versioning: {}\n').problems).toEqual(['X: AWS::S3::Bucket has no property Versioning']);
    expect(cfnProblems('X:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration:\n      State: Enabled\n').problems).toEqual([
      'X.VersioningConfiguration.State: not a property of VersioningConfiguration',
    ]);
    expect(cfnProblems('X:\n  Type: AWS::S3::Bucket\n  Properties:\n    Tags:\n      - Kee: a\n').problems).toEqual(['X.Tags[0].Kee: not a property of Tag']);
    expect(cfnProblems('X:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketName: [a]\n').problems).toEqual(['X.BucketName: expected a String']);
    expect(cfnProblems('X:\n  Type: AWS::S3::Bucket\n   Properties: {}\n').problems[0]).toMatch(/^not YAML/);
    expect(cfnProblems('X:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketName: !GetAtt Other.Arn\n').problems).toEqual([]);
    expect(cfnProblems('T:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    IsLogging: true\n').problems).toEqual(['T: AWS::CloudTrail::Trail requires S3BucketName']);
    expect(cfnProblems('My_Bucket:\n  Type: AWS::S3::Bucket\n').problems).toEqual(['My_Bucket: a logical id is alphanumeric']);
  });

  it('the HCL check catches unbalanced braces, a missing value and a non-AWS type', async () => {
    expect((await terraformProblems('resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n')).problems).toEqual([]);
    expect((await terraformProblems('resource "aws_s3_bucket" "b" {\n  bucket = "x"\n')).problems[0]).toMatch(/^not HCL/);
    expect((await terraformProblems('resource "aws_s3_bucket" "b" {\n  bucket =\n}\n')).problems[0]).toMatch(/^not HCL/);
    expect((await terraformProblems('resource "google_storage_bucket" "b" {}\n')).problems).toEqual(['resource type google_storage_bucket is not an AWS provider type']);
    expect((await terraformProblems('variable "x" {}\n')).problems).toContain('no resource block');
  });

  it('every check has both snippets, or a recorded reason for each one it lacks', () => {
    const missing: string[] = [];
    for (const c of checks) {
      const none = NO_IAC[c.id] ?? {};
      if (!c.remediation.nativeIaC && !none.nativeIaC) missing.push(`${c.id}: nativeIaC`);
      if (!c.remediation.terraform && !none.terraform) missing.push(`${c.id}: terraform`);
    }
    expect(missing).toEqual([]);
  });

  it('a reason is recorded only for a check that exists and lacks that snippet', () => {
    const byId = new Map(checks.map((c) => [c.id, c]));
    const stale: string[] = [];
    for (const [id, reason] of Object.entries(NO_IAC)) {
      const c = byId.get(id);
      if (!c) stale.push(`${id}: no such check`);
      else {
        if (reason.nativeIaC && c.remediation.nativeIaC) stale.push(`${id}: has nativeIaC and a reason for none`);
        if (reason.terraform && c.remediation.terraform) stale.push(`${id}: has terraform and a reason for none`);
        for (const r of [reason.nativeIaC, reason.terraform]) if (r !== undefined && r.trim().length < 15) stale.push(`${id}: reason too short`);
      }
    }
    expect(stale).toEqual([]);
  });

  it('every CloudFormation snippet is YAML whose resource types, property names and required properties agree with the specification', () => {
    const problems: string[] = [];
    for (const c of checks) {
      if (!c.remediation.nativeIaC) continue;
      const r = cfnProblems(c.remediation.nativeIaC);
      if (!r.types.length) problems.push(`${c.id}: no resource`);
      problems.push(...r.problems.map((p) => `${c.id}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('every Terraform snippet parses as HCL and declares aws_* resources', async () => {
    const problems: string[] = [];
    for (const c of checks) {
      if (!c.remediation.terraform) continue;
      const r = await terraformProblems(c.remediation.terraform);
      problems.push(...r.problems.map((p) => `${c.id}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('the CIS metric-filter snippets carry the filter pattern unchanged, quotes and all, and alarm to a subscribed topic', async () => {
    const pattern = '{ ($.errorCode = "*UnauthorizedOperation") || ($.sourceIPAddress != \'AWS Internal\') || ($.x = "${y}") }';
    const cfn = parseCfn(remediationCloudFormation('SomeChanges', pattern)) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
    expect(cfn.Resources.SomeChangesFilter.Properties.FilterPattern).toBe(pattern);
    expect(cfn.Resources.SomeChangesAlarm.Properties.AlarmActions).toEqual([{ Ref: 'SecurityAlerts' }]);
    expect(cfn.Resources.SecurityAlerts.Properties.Subscription).toHaveLength(1);
    const tf = (await parseHcl('x.tf', remediationTerraform('SomeChanges', pattern))) as { resource: Record<string, Record<string, Array<Record<string, unknown>>>> };
    // hcl2json keeps interpolation syntax as written: the escaped "$${" comes back as "${", i.e. a literal.
    expect(tf.resource.aws_cloudwatch_log_metric_filter.some_changes[0].pattern).toBe(pattern);
    expect(tf.resource.aws_sns_topic_subscription.security_team).toBeDefined();
  });

  it('every snippet fits an ASFF product field whole (ASFF carries code only there)', () => {
    const tooLong = checks.flatMap((c) =>
      (['nativeIaC', 'terraform'] as const).filter((k) => (c.remediation[k]?.length ?? 0) > ASFF_LIMITS.productFieldValue).map((k) => `${c.id}: ${k}`),
    );
    expect(tooLong).toEqual([]);
  });
});

describe('remediation code in the reports', () => {
  const ACCOUNT = '123456789012';
  const ctx: OutputContext = { account: { accountId: ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${ACCOUNT}:user/auditor` }, prowlVersion: '9.9.9' };
  const check = checks.find((c) => c.id === 's3_bucket_secure_transport_policy')!;
  const finding: Finding = {
    uid: 'uid-1',
    checkId: check.id,
    status: 'FAIL',
    statusExtended: 'Bucket b accepts plain HTTP.',
    accountId: ACCOUNT,
    region: 'eu-west-1',
    resource: { arn: 'arn:aws:s3:::b', id: 'b', region: 'eu-west-1' },
    muted: false,
    compliance: [],
    timestamp: '2026-11-01T12:00:00.000Z',
  };
  let dir: string;
  const write = async (name: string, make: (p: string, c: OutputContext) => { write(f: Finding, c: Check): Promise<void> | void; close(): Promise<void> | void }, c: Check = check) => {
    const path = join(dir, name);
    const w = make(path, ctx);
    await w.write(finding, c);
    await w.close();
    return readFile(path, 'utf8');
  };

  it('CSV, OCSF, ASFF and HTML carry the CloudFormation and the Terraform snippet of the check', async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-iac-'));
    try {
      expect(check.remediation.nativeIaC).toContain('AWS::S3::BucketPolicy');
      expect(check.remediation.terraform).toContain('aws_s3_bucket_policy');

      const [header, row] = parseCsv(await write('f.csv', createCsvWriter), { delimiter: ';' }) as string[][];
      const csv = Object.fromEntries(header.map((h, i) => [h, row[i]]));
      expect(csv.REMEDIATION_CODE_NATIVEIAC).toBe(check.remediation.nativeIaC);
      expect(csv.REMEDIATION_CODE_TERRAFORM).toBe(check.remediation.terraform);

      const [ocsf] = JSON.parse(await write('f.ocsf.json', createOcsfWriter)) as Array<{ unmapped: { remediation_code: Record<string, string> } }>;
      expect(ocsf.unmapped.remediation_code.native_iac).toBe(check.remediation.nativeIaC);
      expect(ocsf.unmapped.remediation_code.terraform).toBe(check.remediation.terraform);

      const [asff] = JSON.parse(await write('f.asff.json', createAsffWriter)) as Array<{ ProductFields: Record<string, string> }>;
      expect(asff.ProductFields['prowl/RemediationNativeIaC']).toBe(check.remediation.nativeIaC);
      expect(asff.ProductFields['prowl/RemediationTerraform']).toBe(check.remediation.terraform);

      const { meta } = decodeReport(await write('f.html', createHtmlWriter));
      const info = (meta as unknown as { checks: Record<string, { remediation: Record<string, string> }> }).checks[check.id];
      expect(info.remediation.nativeIaC).toBe(check.remediation.nativeIaC);
      expect(info.remediation.terraform).toBe(check.remediation.terraform);

      // A snippet too long for an ASFF product field is left out, never cut into code that does not run.
      const long = defineCheck({ ...check, remediation: { ...check.remediation, terraform: `# ${'x'.repeat(ASFF_LIMITS.productFieldValue)}\nresource "aws_s3_bucket" "b" {}` } });
      const [asffLong] = JSON.parse(await write('long.asff.json', createAsffWriter, long)) as Array<{ ProductFields: Record<string, string> }>;
      expect(asffLong.ProductFields['prowl/RemediationTerraform']).toBeUndefined();
      expect(asffLong.ProductFields['prowl/RemediationNativeIaC']).toBe(check.remediation.nativeIaC);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
