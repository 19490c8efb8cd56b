/**
 * End to end: the prowl CLI against a real moto_server seeded by the test (two regions, resources of
 * every collected kind), outputs parsed back, offline re-evaluation, a mutelist, and user errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto, type Moto } from '../helpers/moto.js';
import { parseCsv, runCli } from '../helpers/cli.js';
import { seed } from '../../scripts/seed.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('prowl aws against moto', () => {
  let moto: Moto;
  let dir: string;
  let rows: Record<string, string>[];
  let scan: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    moto = await startMoto();
    await seed({ endpoint: moto.endpoint, regions: REGIONS, scale: 1 });
    dir = await mkdtemp(join(tmpdir(), 'prowl-e2e-'));
    scan = await runCli(
      ['aws', '-f', ...REGIONS, '-M', 'csv', 'json-ocsf', '-o', dir, '-F', 'scan', '--save-inventory', join(dir, 'inventory.json'), '--no-progress'],
      moto.env,
    );
    rows = parseCsv(await readFile(join(dir, 'scan.csv'), 'utf8'));
    // Seeding every service and scanning all 442 checks takes about 40 s alone, several times that beside other files.
  }, 600_000);
  afterAll(async () => moto?.stop());

  it('finishes with exit code 3 because FAIL findings exist, and prints the summary', () => {
    expect(scan.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    expect(scan.code).toBe(3);
    expect(scan.stdout).toMatch(/PASS/);
    expect(scan.stdout).toMatch(/FAIL/);
    expect(scan.stdout).toContain('scan.csv');
  });

  it('reports the seeded misconfigurations', () => {
    const find = (check: string, pred: (r: Record<string, string>) => boolean = () => true) =>
      rows.filter((r) => r.CHECK_ID === check && pred(r));
    // app-sg-0 opens TCP 22 to the internet in both regions.
    const ssh = find('ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', (r) => r.STATUS === 'FAIL');
    expect(new Set(ssh.map((r) => r.REGION))).toEqual(new Set(REGIONS));
    // Password policy asks for 8 characters.
    expect(find('iam_password_policy_minimum_length_14').map((r) => r.STATUS)).toEqual(['FAIL']);
    // Even-numbered data buckets have default encryption; every bucket reports.
    const enc = find('s3_bucket_default_encryption');
    expect(enc.length).toBeGreaterThanOrEqual(15);
    // The public topic and queue are found.
    expect(find('sns_topics_not_publicly_accessible', (r) => r.STATUS === 'FAIL').some((r) => r.RESOURCE_UID.endsWith(':public-notifications'))).toBe(true);
    expect(find('sqs_queues_not_publicly_accessible', (r) => r.STATUS === 'FAIL').length).toBe(1);
    // Functions, buses, load balancers, APIs and distributions are collected and judged too.
    expect(find('awslambda_function_not_publicly_accessible').map((r) => `${r.RESOURCE_NAME}:${r.STATUS}`).filter((x) => /^(orders-api|public-webhook):/.test(x)).sort()).toEqual(['orders-api:PASS', 'public-webhook:FAIL']);
    expect(find('eventbridge_bus_exposed', (r) => r.STATUS === 'FAIL').map((r) => r.RESOURCE_NAME)).toEqual(['partner-events']);
    for (const id of ['elbv2_logging_enabled', 'apigateway_restapi_logging_enabled', 'apigatewayv2_api_access_logging_enabled', 'cloudfront_distributions_logging_enabled']) {
      expect(find(id).map((r) => r.STATUS), id).toEqual(['FAIL']);
    }
    // Root-level and every-region checks report per region or for the account, never nothing.
    expect(new Set(find('cloudtrail_multi_region_enabled').map((r) => r.REGION))).toEqual(new Set(REGIONS));
  });

  it('writes CSV rows with compliance references and only the four statuses', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(['PASS', 'FAIL', 'MANUAL', 'ERROR']).toContain(r.STATUS);
    const withCis = rows.filter((r) => /CIS-7\.0/.test(r.COMPLIANCE));
    expect(withCis.length).toBeGreaterThan(20);
    // ERROR findings always name the call that could not be made.
    for (const r of rows.filter((x) => x.STATUS === 'ERROR')) expect(r.STATUS_EXTENDED).toMatch(/[a-z0-9-]+:[A-Z][A-Za-z]+/);
  });

  it('writes valid JSON-OCSF with one finding per CSV row', async () => {
    const files = await readdir(dir);
    const ocsfName = files.find((f) => f.endsWith('.ocsf.json'));
    expect(ocsfName).toBeDefined();
    const ocsf = JSON.parse(await readFile(join(dir, ocsfName!), 'utf8')) as Array<{ class_uid: number; finding_info: { uid: string } }>;
    expect(ocsf.length).toBe(rows.length);
    expect(ocsf.every((f) => f.class_uid === 2004)).toBe(true);
    expect(new Set(ocsf.map((f) => f.finding_info.uid)).size).toBe(ocsf.length);
  });

  it('re-evaluates the saved inventory offline with the same results', async () => {
    const offline = await runCli(
      ['aws', '--from-inventory', join(dir, 'inventory.json'), '-M', 'csv', '-o', dir, '-F', 'offline', '-b'],
      // an endpoint nobody listens on: any AWS call would fail
      { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' },
    );
    expect(offline.code).toBe(3);
    const again = parseCsv(await readFile(join(dir, 'offline.csv'), 'utf8'));
    const key = (r: Record<string, string>) => `${r.FINDING_UID}|${r.STATUS}`;
    expect(again.map(key).sort()).toEqual(rows.map(key).sort());
  });

  it('mutes findings with a Prowler YAML mutelist and keeps their status', async () => {
    const mutelist = join(dir, 'mutelist.yaml');
    await writeFile(
      mutelist,
      ['Mutelist:', '  Accounts:', '    "*":', '      Checks:', '        "ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22":',
        '          Regions: ["*"]', '          Resources: ["*"]', '          Description: accepted bastion exposure'].join('\n'),
    );
    const res = await runCli(
      ['aws', '--from-inventory', join(dir, 'inventory.json'), '-c', 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', '-w', mutelist, '-M', 'csv', '-o', dir, '-F', 'muted', '-b'],
      {},
    );
    const muted = parseCsv(await readFile(join(dir, 'muted.csv'), 'utf8'));
    expect(muted.length).toBeGreaterThan(0);
    expect(muted.every((r) => r.MUTED === 'True' || r.MUTED === 'true')).toBe(true);
    expect(muted.some((r) => r.STATUS === 'FAIL')).toBe(true);
    // every FAIL is muted, so the exit code is 0
    expect(res.code).toBe(0);
  });

  it('carries the tags of resources whose service lists none, and mutes by tag', async () => {
    // S3 returns no tags with its bucket list: these come from the Resource Groups Tagging API.
    const dataBuckets = rows.filter((r) => r.CHECK_ID === 's3_bucket_default_encryption' && r.RESOURCE_NAME.startsWith('demo-data-'));
    expect(dataBuckets.length).toBeGreaterThan(0);
    for (const r of dataBuckets) expect(r.RESOURCE_TAGS, r.RESOURCE_NAME).toMatch(/^env=(prod|dev)$/);

    const mutelist = join(dir, 'tags-mutelist.yaml');
    await writeFile(
      mutelist,
      ['Mutelist:', '  Accounts:', '    "*":', '      Checks:', '        "s3_bucket_default_encryption":', '          Regions: ["*"]',
        '          Resources: ["*"]', '          Tags: ["env=dev"]', '          Description: development data'].join('\n'),
    );
    await runCli(['aws', '--from-inventory', join(dir, 'inventory.json'), '-c', 's3_bucket_default_encryption', '-w', mutelist, '-M', 'csv', '-o', dir, '-F', 'tag-muted', '-b']);
    const byBucket = parseCsv(await readFile(join(dir, 'tag-muted.csv'), 'utf8')).filter((r) => r.RESOURCE_NAME.startsWith('demo-data-'));
    expect(byBucket.length).toBe(dataBuckets.length);
    for (const r of byBucket) expect(/^true$/i.test(r.MUTED), r.RESOURCE_NAME).toBe(r.RESOURCE_TAGS === 'env=dev');
  });

  it('writes every report format, sends to Security Hub and uploads to S3', async () => {
    const { SecurityHubClient, EnableSecurityHubCommand, GetFindingsCommand } = await import('@aws-sdk/client-securityhub');
    const { S3Client, CreateBucketCommand, ListObjectsV2Command } = await import('@aws-sdk/client-s3');
    await new SecurityHubClient(moto.config()).send(new EnableSecurityHubCommand({}));
    await new S3Client(moto.config()).send(new CreateBucketCommand({ Bucket: 'audit-reports' }));
    const out = join(dir, 'all-formats');
    const res = await runCli(
      ['aws', '-f', 'us-east-1', '-s', 'iam', '-M', 'csv', 'json-ocsf', 'html', 'json-asff', 'junit-xml', 'json', 'mono', '-o', out, '-F', 'r',
        '--compliance', 'cis_1.2_aws', '-S', '-B', 's3://audit-reports/prowl', '-b', '--no-progress', '-z'],
      moto.env,
    );
    expect(res.stderr).not.toMatch(/internal error/);
    expect(res.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['compliance', 'r.asff.json', 'r.csv', 'r.html', 'r.json', 'r.junit.xml', 'r.ocsf.json', 'r.txt']);
    expect(await readdir(join(out, 'compliance'))).toEqual(['r_cis_1.2_aws.csv']);
    const asff = JSON.parse(await readFile(join(out, 'r.asff.json'), 'utf8')) as unknown[];
    const sh = await new SecurityHubClient(moto.config()).send(new GetFindingsCommand({ MaxResults: 100 }));
    expect(sh.Findings?.length).toBe(Math.min(asff.length, 100));
    expect(res.stdout).toMatch(/Security Hub: \d+ findings? sent/);
    const listed = await new S3Client(moto.config()).send(new ListObjectsV2Command({ Bucket: 'audit-reports', Prefix: 'prowl/' }));
    expect((listed.Contents ?? []).map((o) => o.Key).sort()).toEqual(
      ['prowl/compliance/r_cis_1.2_aws.csv', 'prowl/r.asff.json', 'prowl/r.csv', 'prowl/r.html', 'prowl/r.json', 'prowl/r.junit.xml', 'prowl/r.ocsf.json', 'prowl/r.txt'],
    );

    // A second scan narrowed to one resource sends that resource's findings and archives nothing of the others:
    // they were still found by the scan, only left out of its reports.
    const active = async () => {
      const r = await new SecurityHubClient(moto.config()).send(new GetFindingsCommand({ MaxResults: 100, Filters: { RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }] } }));
      return (r.Findings ?? []).map((f) => f.Id).sort();
    };
    const before = await active();
    const arns = [...new Set(parseCsv(await readFile(join(out, 'r.csv'), 'utf8')).map((r) => r.RESOURCE_UID))];
    expect(arns.length).toBeGreaterThan(1);
    const narrow = await runCli(['aws', '-f', 'us-east-1', '-s', 'iam', '--resource-arn', arns[0], '-M', 'csv', '-o', join(dir, 'narrow'), '-F', 'n', '-S', '-b', '--no-progress', '-z'], moto.env);
    expect(narrow.stderr).not.toMatch(/internal error/);
    const narrowRows = parseCsv(await readFile(join(dir, 'narrow', 'n.csv'), 'utf8'));
    expect(new Set(narrowRows.map((r) => r.RESOURCE_UID))).toEqual(new Set([arns[0]]));
    expect(narrow.stdout).toMatch(/sent, 0 archived/);
    // Nothing the first scan sent was archived (the narrowed scan may add findings of checks CIS 1.2 does not map).
    expect(await active()).toEqual(expect.arrayContaining(before));
  });

  it('a malformed mutelist is a one-line usage error with the line number', async () => {
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'Mutelist:\n  Accounts:\n    "*":\n      Checks: [unclosed\n');
    const res = await runCli(['aws', '--from-inventory', join(dir, 'inventory.json'), '-w', bad, '-M', 'csv', '-o', dir], {});
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/bad\.yaml.*\d/);
  });
});

describe('prowl aws with a scanning identity that is denied some calls', () => {
  let moto: Moto;
  beforeAll(async () => {
    // moto enforces IAM policies after the first three requests, which create the admin identity.
    moto = await startMoto({ INITIAL_NO_AUTH_ACTION_COUNT: '3' });
  });
  afterAll(async () => moto?.stop());

  it('reports ERROR naming the denied call and still finishes the scan', async () => {
    const { IAMClient, CreateUserCommand, CreateAccessKeyCommand, PutUserPolicyCommand } = await import('@aws-sdk/client-iam');
    const root = new IAMClient(moto.config());
    await root.send(new CreateUserCommand({ UserName: 'admin' }));
    const adminKey = (await root.send(new CreateAccessKeyCommand({ UserName: 'admin' }))).AccessKey!;
    await root.send(new PutUserPolicyCommand({ UserName: 'admin', PolicyName: 'all', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }));
    const admin = { accessKeyId: adminKey.AccessKeyId!, secretAccessKey: adminKey.SecretAccessKey! };
    const iam = new IAMClient({ ...moto.config(), credentials: admin });
    await iam.send(new CreateUserCommand({ UserName: 'auditor' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'auditor' }))).AccessKey!;
    await iam.send(new PutUserPolicyCommand({
      UserName: 'auditor',
      PolicyName: 'audit-but-not-everything',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: ['iam:GetAccountPasswordPolicy', 'ec2:DescribeSecurityGroups'], Resource: '*' },
      ] }),
    }));
    const dir = await mkdtemp(join(tmpdir(), 'prowl-denied-'));
    const res = await runCli(
      ['aws', '-f', 'us-east-1', '-s', 'iam', 'ec2', '-M', 'csv', '-o', dir, '-F', 'denied', '-b', '--no-progress'],
      { ...moto.env, AWS_ACCESS_KEY_ID: key.AccessKeyId!, AWS_SECRET_ACCESS_KEY: key.SecretAccessKey! },
    );
    expect(res.stderr).not.toMatch(/internal error/);
    expect([0, 3]).toContain(res.code);
    const rows = parseCsv(await readFile(join(dir, 'denied.csv'), 'utf8'));
    const pw = rows.filter((r) => r.CHECK_ID === 'iam_password_policy_minimum_length_14');
    expect(pw.map((r) => r.STATUS)).toEqual(['ERROR']);
    expect(pw[0].STATUS_EXTENDED).toContain('iam:GetAccountPasswordPolicy');
    const sg = rows.filter((r) => r.CHECK_ID === 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22');
    expect(sg.length).toBeGreaterThan(0);
    expect(sg.every((r) => r.STATUS === 'ERROR')).toBe(true);
    // data that was readable is still evaluated
    expect(rows.some((r) => r.STATUS === 'PASS' || r.STATUS === 'FAIL')).toBe(true);
  }, 120_000);
});

describe('custom checks', () => {
  it('loads a TypeScript check from -x, runs it on the demo, and honours the config file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prowl-custom-'));
    const base = ['aws', '--demo', '-x', 'examples/custom-checks', '-c', 's3_bucket_name_has_company_prefix', '-M', 'csv', '-o', dir, '-b'];
    const byDefault = await runCli([...base, '-F', 'default']);
    const rows = parseCsv(await readFile(join(dir, 'default.csv'), 'utf8'));
    expect(rows.length).toBeGreaterThan(5);
    // The default prefix is the demo's own: its buckets pass, the ones named after AWS services or packages fail.
    expect(rows.every((r) => r.CHECK_ID === 's3_bucket_name_has_company_prefix' && r.STATUS === (r.RESOURCE_NAME.startsWith('demo-') ? 'PASS' : 'FAIL'))).toBe(true);
    expect(rows.filter((r) => r.STATUS === 'PASS').length).toBeGreaterThan(5);
    expect(byDefault.code).toBe(rows.some((r) => r.STATUS === 'FAIL') ? 3 : 0);
    await writeFile(join(dir, 'config.yaml'), 'checks:\n  s3_bucket_name_has_company_prefix:\n    prefix: acme-\n');
    const fail = await runCli([...base, '-F', 'acme', '--config-file', join(dir, 'config.yaml')]);
    expect(fail.code).toBe(3);
    expect(parseCsv(await readFile(join(dir, 'acme.csv'), 'utf8')).every((r) => r.STATUS === 'FAIL')).toBe(true);
  });

  it('a folder that does not exist is a usage error', async () => {
    const res = await runCli(['aws', '--demo', '-x', '/nonexistent/checks', '-l']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/checks folder \/nonexistent\/checks does not exist/);
  });
});

describe('re-evaluating part of a saved scan', () => {
  it('-f and --excluded-region narrow a saved inventory to some of its regions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prowl-regions-'));
    const base = ['aws', '--demo', '-s', 'ec2', 's3', '-M', 'csv', '-o', dir, '-b', '-z'];
    const all = await runCli([...base, '-F', 'all']);
    expect(all.code).toBe(0);
    const allRegions = new Set(parseCsv(await readFile(join(dir, 'all.csv'), 'utf8')).map((r) => r.REGION));
    expect(allRegions).toEqual(new Set(['ap-southeast-2', 'eu-west-1', 'us-east-1']));

    const eu = await runCli([...base, '-F', 'eu', '-f', 'eu-west-1']);
    expect(eu.code).toBe(0);
    const euRows = parseCsv(await readFile(join(dir, 'eu.csv'), 'utf8'));
    expect(euRows.length).toBeGreaterThan(0);
    expect(new Set(euRows.map((r) => r.REGION))).toEqual(new Set(['eu-west-1']));

    const notSydney = await runCli([...base, '-F', 'rest', '--excluded-region', 'ap-southeast-2']);
    expect(new Set(parseCsv(await readFile(join(dir, 'rest.csv'), 'utf8')).map((r) => r.REGION))).toEqual(new Set(['eu-west-1', 'us-east-1']));
    expect(notSydney.code).toBe(0);

    const missing = await runCli([...base, '-f', 'eu-west-3']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^prowl: region eu-west-3 is not in the inventory \(did you mean eu-west-1/);
  });
});

describe('prowl user errors and listings', () => {
  it('prints its version', async () => {
    const res = await runCli(['--version']);
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an unknown flag is a one-line usage error', async () => {
    const res = await runCli(['aws', '--no-such-flag']);
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/unknown option/);
  });

  it('a number with trailing characters is a usage error, not a number', async () => {
    const res = await runCli(['aws', '--demo', '-T', '3600abc', '-l']);
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe('prowl: -T/--session-duration must be a number of seconds between 900 and 43200');
    expect((await runCli(['aws', '--demo', '-T', '3600', '-l'])).code).toBe(0);
  });

  it('an unknown check suggests the closest names', async () => {
    const res = await runCli(['aws', '-c', 'iam_root_mfa_enabld', '-l']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown check iam_root_mfa_enabld \(did you mean iam_root_mfa_enabled/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('Prowler 2 check ids and groups select their Prowler 5 successors', async () => {
    const res = await runCli(['aws', '-c', 'check11,check310', '--list-checks-json']);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).aws).toEqual(['cloudwatch_log_metric_filter_security_group_changes', 'iam_avoid_root_usage']);
    const g = await runCli(['aws', '-g', 'group4', '--list-checks-json']);
    expect(JSON.parse(g.stdout).aws).toContain('ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22');
    const bad = await runCli(['aws', '-g', 'grup1', '-l']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown group grup1 \(did you mean group1/);
  });

  it('Prowler 2 output modes combine with commas, and -s alone prints the score', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prowl-p2-'));
    const res = await runCli(['aws', '--demo', '-M', 'text,mono,json,junit-xml,html', '-o', dir, '-F', 'p2', '-s', '-b', '-z']);
    expect(res.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['compliance', 'p2.html', 'p2.json', 'p2.junit.xml', 'p2.txt']);
    expect(res.stdout).toMatch(/^Score: \d+\.\d%$/m);
    const lines = (await readFile(join(dir, 'p2.json'), 'utf8')).trim().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  it('lists compliance frameworks and a framework\'s requirements', async () => {
    const res = await runCli(['aws', '--list-compliance']);
    for (const v of ['1.2', '1.3', '1.4', '1.5', '2.0', '3.0', '4.0', '5.0', '6.0', '7.0']) expect(res.stdout).toContain(`cis_${v}_aws`);
    const req = await runCli(['aws', '--list-compliance-requirements', 'cis_1.2_aws']);
    expect(req.stdout).toMatch(/1\.3\s+Unused passwords and access keys are disabled\s+\[Level 1, Automated\]\s+iam_user_accesskey_unused, iam_user_console_access_unused/);
  });

  it('an unreachable endpoint is a one-line runtime error', async () => {
    const res = await runCli(['aws', '-f', 'us-east-1', '--no-progress'], {
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'y',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect(res.code).toBe(5);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/unreachable/);
  });

  it('missing credentials are a one-line credentials error', async () => {
    const res = await runCli(['aws', '-f', 'us-east-1', '--no-progress'], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(res.code).toBe(4);
    expect(res.stderr).toMatch(/no AWS credentials/);
  });
});
