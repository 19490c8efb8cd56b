import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFramework } from '../compliance/index.js';
import type { Check } from '../core/check.js';
import type { Finding } from '../core/types.js';
import { ACCOUNT } from '../../test/helpers/check.js';
import { accountRef, bucket, deniedCall, evaluateChecks, mute, reportingCheck } from '../../test/helpers/findings.js';
import { createJsonWriter, primaryControl, toProwler2Json, type Prowler2JsonRecord } from './json.js';
import type { OutputContext } from './types.js';

const ctx: OutputContext = {
  account: { accountId: ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${ACCOUNT}:user/a`, alias: 'prod', organizationId: 'o-abc' },
  prowlVersion: '9.9.9',
  frameworks: [getFramework('cis_1.4_aws')!],
  authMethod: 'profile: audit',
  accountEmail: 'root@example.com',
  organizationName: 'Example Org',
  accountTags: { team: 'sec', cost: '42' },
};

const s3Check = reportingCheck({ id: 's3_bucket_secure_transport_policy', severity: 'high', resourceType: 'AwsS3Bucket' }, [
  { status: 'PASS', resource: bucket('good'), message: 'Bucket good denies plain HTTP.' },
  { status: 'FAIL', resource: bucket('bad'), message: 'Bucket bad allows plain HTTP.\nsecond line' },
  { status: 'FAIL', resource: bucket('old'), message: 'Bucket old allows plain HTTP.' },
  { status: 'ERROR', resource: accountRef('eu-west-1'), message: 'Could not evaluate: s3:GetBucketPolicy was denied (AccessDenied).', error: deniedCall('s3:GetBucketPolicy') },
]);
const manualCheck = reportingCheck({ id: 'account_maintain_current_contact_details', severity: 'informational' }, [
  { status: 'MANUAL', resource: accountRef(), message: 'Check the contact details by hand.' },
]);
const unmapped = reportingCheck({ id: 'zzz_not_in_any_framework', severity: 'low' }, [{ status: 'PASS', resource: accountRef(), message: 'fine' }]);

const sample = (): Array<[Finding, Check]> =>
  evaluateChecks([s3Check, manualCheck, unmapped]).map((it) => (it[0].resource.id === 'old' ? mute(it, 'legacy') : it));

describe('Prowler 2 json output (JSON Lines)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prowl-json-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(name: string, items: Array<[Finding, Check]>): Promise<{ text: string; records: Prowler2JsonRecord[] }> {
    const path = join(dir, name);
    const w = createJsonWriter(path, ctx);
    for (const [f, c] of items) await w.write(f, c);
    await w.close();
    const text = await readFile(path, 'utf8');
    return { text, records: text.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
  }

  it('writes one JSON object per line, even when messages contain newlines', async () => {
    const { text, records } = await write('out.json', sample());
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(records.length + 1);
    expect(records).toHaveLength(6);
    expect(records[1].Message).toBe('Bucket bad allows plain HTTP.\nsecond line');
  });

  it("uses Prowler 2's field names and values", async () => {
    const { records } = await write('fields.json', sample());
    const [pass, fail, muted, error, manual, other] = records;
    expect(fail).toEqual({
      Profile: 'audit',
      'Account Number': ACCOUNT,
      Control: `[s3_bucket_secure_transport_policy] ${s3Check.title}`,
      Message: 'Bucket bad allows plain HTTP.\nsecond line',
      Severity: 'High',
      Status: 'FAIL',
      Scored: 'Scored',
      Level: 'CIS Level 2',
      'Control ID': '2.1.2',
      Region: 'eu-west-1',
      Timestamp: '2026-11-01T12:00:00.000Z',
      Compliance: expect.stringContaining('CIS-1.4: 2.1.2'),
      Service: 's3',
      Risk: s3Check.risk,
      Remediation: s3Check.remediation.text,
      'Doc link': 'https://example.com/remediate',
      'Resource ID': 'arn:aws:s3:::bad',
      'Account Email': 'root@example.com',
      'Account Name': 'prod',
      'Account Organization': 'o-abc',
      'Account Org Name': 'Example Org',
      'Account tags': 'team:sec | cost:42',
      'Check ID': 's3_bucket_secure_transport_policy',
      'Finding ID': sample()[1][0].uid,
      'Resource Name': 'bad',
      'Resource Type': 'AwsS3Bucket',
      Muted: false,
      'Muted By': '',
      Error: '',
    });
    expect(pass.Status).toBe('PASS');
    expect(muted).toMatchObject({ Status: 'WARNING', Muted: true, 'Muted By': 'legacy' });
    expect(error).toMatchObject({ Status: 'ERROR', Error: 's3:GetBucketPolicy AccessDenied' });
    // MANUAL is Prowler 2's INFO; CIS 1.4 1.1 is a manual requirement.
    expect(manual).toMatchObject({ Status: 'INFO', Severity: 'Informational', 'Control ID': '1.1', Scored: 'Not Scored', Level: 'CIS Level 1' });
    expect(other).toMatchObject({ 'Control ID': '', Level: '', Scored: '', Compliance: '' });
  });

  it('picks the primary framework: the first selected one the finding maps to, else the newest', () => {
    const [[f]] = sample();
    expect(primaryControl(f, [getFramework('cis_2.0_aws')!])?.ids).toEqual(['2.1.1']);
    expect(primaryControl(f, [getFramework('cis_1.2_aws')!, getFramework('cis_1.3_aws')!])).toMatchObject({ framework: { id: 'cis_1.3_aws' }, ids: ['2.1.2'] });
    expect(primaryControl(f)).toMatchObject({ framework: { id: 'cis_7.0_aws' }, ids: ['3.1.1'] });
    expect(primaryControl({ ...f, compliance: [] })).toBeUndefined();
  });

  it('falls back to the auth method and empty account fields when the context has none', () => {
    const [[f, c]] = sample();
    const r = toProwler2Json(f, c, { account: { accountId: ACCOUNT, partition: 'aws', identityArn: '' }, prowlVersion: '1', authMethod: 'environment' });
    expect(r).toMatchObject({ Profile: 'environment', 'Account Name': '', 'Account Organization': '', 'Account tags': '', 'Control ID': '3.1.1' });
  });

  it('writes an empty file for an empty scan', async () => {
    expect((await write('empty.json', [])).text).toBe('');
  });
});
