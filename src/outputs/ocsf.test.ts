import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCheck, type Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import { passwordPolicy } from '../services/iam/collectors.js';
import minLength14 from '../services/iam/checks/iam_password_policy_minimum_length_14.js';
import { ACCOUNT, denied, FixtureInventory, runCheck } from '../../test/helpers/check.js';
import schema from './ocsf-schema.json' with { type: 'json' };
import { createOcsfWriter, OCSF_SCHEMA_VERSION, toOcsf, type OcsfDetectionFinding } from './ocsf.js';
import type { OutputContext } from './types.js';

// ajv-formats is CommonJS: its function is the default export's `default` under NodeNext typing.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const ctx: OutputContext = {
  account: { accountId: ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${ACCOUNT}:user/auditor`, alias: 'prod', organizationId: 'o-abc123' },
  prowlVersion: '9.9.9',
  organizationName: 'Example Org',
};

const critical: Check = defineCheck({
  ...minLength14,
  id: 'test_critical_check',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AwsEc2SecurityGroup',
  categories: [],
  uses: [],
  params: undefined,
  remediation: { text: 'Remove the rule that opens the port to the internet.' },
  run(c) {
    c.fail(
      {
        arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1',
        id: 'sg-1',
        name: 'web "tier"\n</script>',
        region: 'eu-west-1',
        tags: { env: 'prod' },
        details: { vpc: 'vpc-1', rules: 3, public: true },
      },
      'Security group sg-1 (web) allows 0.0.0.0/0 on TCP port 22.',
    );
  },
});

function findingsOf(): Array<[Finding, Check]> {
  const pass = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { exists: true, minimumLength: 20 }));
  const fail = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { exists: false }));
  const error = runCheck(minLength14, new FixtureInventory().set(passwordPolicy, { error: denied('iam:GetAccountPasswordPolicy') }));
  const crit = runCheck(critical, new FixtureInventory(['eu-west-1']));
  return [...pass, ...fail, ...error, ...crit].map((f) => [f, f.checkId === critical.id ? critical : minLength14]);
}

describe('JSON-OCSF output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-ocsf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function writeAndRead(name: string, items: Array<[Finding, Check]>): Promise<OcsfDetectionFinding[]> {
    const path = join(dir, name);
    const w = createOcsfWriter(path, ctx);
    expect(w.path).toBe(path);
    for (const [f, c] of items) await w.write(f, c);
    await w.close();
    return JSON.parse(await readFile(path, 'utf8'));
  }

  it('writes a JSON array of Detection Findings that validate against the OCSF schema subset', async () => {
    const events = await writeAndRead('all.ocsf.json', findingsOf());
    expect(events).toHaveLength(4);
    for (const e of events) {
      const valid = validate(e);
      expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
      expect(valid).toBe(true);
      expect(e).toMatchObject({ class_uid: 2004, category_uid: 2, type_uid: 200401, activity_id: 1 });
      expect(e.metadata.version).toBe(OCSF_SCHEMA_VERSION);
      expect(e.metadata.product).toEqual({ name: 'prowl', uid: 'prowl', vendor_name: 'prowl', version: '9.9.9' });
      expect(e.metadata.tenant_uid).toBe('o-abc123');
      expect(e.cloud).toMatchObject({
        provider: 'aws',
        account: { uid: ACCOUNT, name: 'prod', type: 'AWS Account', type_id: 10 },
        org: { uid: 'o-abc123', name: 'Example Org' },
      });
    }
    expect(events.map((e) => e.status_code)).toEqual(['PASS', 'FAIL', 'ERROR', 'FAIL']);
  });

  it('maps check metadata, severity, resources and compliance', async () => {
    const [pass, , error, crit] = await writeAndRead('fields.ocsf.json', findingsOf());
    expect(pass).toMatchObject({
      message: expect.stringContaining('20 characters'),
      status_detail: expect.stringContaining('20 characters'),
      severity_id: 3,
      severity: 'Medium',
      status_id: 1,
      status: 'New',
      risk_details: minLength14.risk,
      metadata: { event_code: 'iam_password_policy_minimum_length_14' },
      finding_info: { title: minLength14.title, desc: minLength14.description, types: ['identity-access'] },
      remediation: { desc: minLength14.remediation.text, references: [minLength14.remediation.url] },
      time_dt: '2026-11-01T12:00:00.000Z',
      time: Date.parse('2026-11-01T12:00:00.000Z'),
    });
    expect(pass.resources[0]).toMatchObject({ uid: `arn:aws:iam::${ACCOUNT}:root`, region: 'us-east-1', type: 'AwsAccount', group: { name: 'iam' } });
    const compliance = pass.unmapped.compliance as Record<string, string[]>;
    expect(compliance['CIS-1.4']).toEqual(['1.8']);
    expect(compliance['CIS-7.0']).toEqual(['2.8']);
    expect(pass.unmapped.remediation_code).toEqual({ cli: minLength14.remediation.cli, terraform: minLength14.remediation.terraform });
    expect(minLength14.remediation.terraform).toContain('aws_iam_account_password_policy');

    expect(error.unmapped.error).toMatchObject({ kind: 'AccessDenied', operation: 'iam:GetAccountPasswordPolicy' });
    expect(error.status_code).toBe('ERROR');

    expect(crit).toMatchObject({ severity_id: 5, severity: 'Critical', cloud: { region: 'eu-west-1' } });
    expect(crit.finding_info.types).toBeUndefined();
    expect(crit.remediation.references).toEqual([]);
    expect(crit.resources[0]).toEqual({
      uid: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1',
      name: 'web "tier"\n</script>',
      region: 'eu-west-1',
      type: 'AwsEc2SecurityGroup',
      cloud_partition: 'aws',
      data: { details: { vpc: 'vpc-1', rules: 3, public: true } },
      labels: ['env=prod'],
      group: { name: 'ec2' },
    });
  });

  it('marks muted findings Suppressed', async () => {
    const [[f, c]] = findingsOf().slice(1, 2);
    const e = toOcsf({ ...f, muted: true, mutedBy: 'known exception' }, c, ctx);
    expect(e).toMatchObject({ status_id: 3, status: 'Suppressed', status_code: 'FAIL', unmapped: { muted_by: 'known exception' } });
    expect(validate(e)).toBe(true);
  });

  it('writes [] when there are no findings', async () => {
    expect(await writeAndRead('empty.ocsf.json', [])).toEqual([]);
  });

  it('omits account-level extras it does not know', () => {
    const [[f, c]] = findingsOf();
    const e = toOcsf(f, c, { account: { accountId: ACCOUNT, partition: 'aws-us-gov', identityArn: '' }, prowlVersion: '1.0.0' });
    expect(e.cloud).toEqual({ account: { uid: ACCOUNT, type: 'AWS Account', type_id: 10 }, provider: 'aws', region: 'us-east-1' });
    expect(e.metadata.tenant_uid).toBeUndefined();
    expect(e.resources[0].cloud_partition).toBe('aws-us-gov');
    expect(validate(e)).toBe(true);
  });

  it('the schema rejects events that break OCSF rules', () => {
    const [[f, c]] = findingsOf();
    const good = toOcsf(f, c, ctx) as unknown as Record<string, unknown>;
    const broken = [
      { ...good, finding_info: undefined },
      { ...good, class_uid: 2001 },
      { ...good, severity_id: 7 },
      { ...good, time: '2026-11-01' },
      { ...good, time_dt: 'yesterday' },
      { ...good, metadata: { ...(good.metadata as object), product: { name: 'prowl' } } },
      { ...good, cloud: { region: 'us-east-1' } },
      { ...good, unknown_attribute: 1 },
    ].map((e) => JSON.parse(JSON.stringify(e)));
    for (const e of broken) expect(validate(e), JSON.stringify(e).slice(0, 80)).toBe(false);
  });
});
