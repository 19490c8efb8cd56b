/**
 * Many accounts in one run, against a real moto_server: an Organization with three member accounts created
 * through the Organizations API (one in an OU, one in a child OU of it). moto's AssumeRole returns
 * credentials of the target account, so each account is seeded with its own resources through assumed-role
 * credentials, and the CLI must find each account's resources in that account and nowhere else.
 *
 * moto grants every AssumeRole, so a loopback proxy in front of it denies the ones a test names (with the
 * AccessDenied answer STS gives when a role's trust policy does not trust the caller).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  CreateOrganizationalUnitCommand,
  ListRootsCommand,
  MoveAccountCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { startMoto, TEST_ACCOUNT, type Moto } from '../helpers/moto.js';
import { parseCsv, runCli } from '../helpers/cli.js';
import { scanFindings, type ProgressEvent } from '../../src/index.js';
import { scanAccounts } from '../../src/engine/organization.js';
import { loadBuiltinChecks } from '../../src/registry.js';

const ROLE = 'ProwlScan';
const CHECKS = ['-c', 's3_bucket_default_encryption', 'iam_password_policy_minimum_length_14', 'iam_user_accesskey_unused'];

/** A proxy to moto that answers AccessDenied to AssumeRole calls for the accounts in `deny`. */
async function startDenyingProxy(target: string, deny: Set<string>): Promise<{ url: string; close: () => Promise<void> }> {
  const t = new URL(target);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = decodeURIComponent(body.toString('utf8'));
      const denied = /Action=AssumeRole\b/.test(text) && [...deny].find((a) => text.includes(`arn:aws:iam::${a}:role/`));
      if (denied) {
        res.writeHead(403, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code>` +
            `<Message>User is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${denied}:role/${ROLE}</Message></Error><RequestId>denied</RequestId></ErrorResponse>`,
        );
        return;
      }
      const up = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on('error', (e) => {
        res.writeHead(502);
        res.end(String(e));
      });
      up.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

describe('prowl aws --organization-role against moto', () => {
  let moto: Moto;
  let proxy: Awaited<ReturnType<typeof startDenyingProxy>>;
  const deny = new Set<string>();
  const members: Record<string, string> = {}; // name -> account id
  let ou = '';
  let env: Record<string, string>;

  beforeAll(async () => {
    moto = await startMoto();
    proxy = await startDenyingProxy(moto.endpoint, deny);
    env = { ...moto.env, AWS_ENDPOINT_URL: proxy.url };
    const org = new OrganizationsClient(moto.config());
    await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (const name of ['alpha', 'bravo', 'charlie']) {
      const res = await org.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
      members[name] = res.CreateAccountStatus!.AccountId!;
    }
    const root = (await org.send(new ListRootsCommand({}))).Roots![0].Id!;
    ou = (await org.send(new CreateOrganizationalUnitCommand({ ParentId: root, Name: 'workloads' }))).OrganizationalUnit!.Id!;
    const child = (await org.send(new CreateOrganizationalUnitCommand({ ParentId: ou, Name: 'prod' }))).OrganizationalUnit!.Id!;
    await org.send(new MoveAccountCommand({ AccountId: members.bravo, SourceParentId: root, DestinationParentId: ou }));
    await org.send(new MoveAccountCommand({ AccountId: members.charlie, SourceParentId: root, DestinationParentId: child }));
    // Each account's own resources, created with that account's assumed-role credentials.
    const sts = new STSClient(moto.config());
    for (const [name, id] of Object.entries(members)) {
      const { Credentials: c } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${id}:role/${ROLE}`, RoleSessionName: 'seed' }));
      const credentials = { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken };
      await new S3Client({ ...moto.config(), credentials }).send(new CreateBucketCommand({ Bucket: `data-${name}` }));
      const iam = new IAMClient({ ...moto.config(), credentials });
      await iam.send(new CreateUserCommand({ UserName: `user-${name}` }));
      await iam.send(new CreateAccessKeyCommand({ UserName: `user-${name}` })); // so the access key check reports the user
    }
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  const scan = async (extra: string[], denied: string[] = []) => {
    const dir = await mkdtemp(join(tmpdir(), 'prowl-org-'));
    deny.clear();
    denied.forEach((a) => deny.add(a));
    const res = await runCli(['aws', '--organization-role', ROLE, '-f', 'us-east-1', ...CHECKS, '-M', 'csv', 'json-ocsf', '-o', dir, '-F', 'org', '-b', ...extra], env);
    deny.clear();
    const rows = parseCsv(await readFile(join(dir, 'org.csv'), 'utf8'));
    return { ...res, dir, rows };
  };

  it('scans every ACTIVE account; each finds its own resources and no other, with account names; one denied account is an ERROR and the rest complete', async () => {
    const run = await scan([], [members.charlie]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(3);
    const accountsSeen = new Set(run.rows.map((r) => r.ACCOUNT_UID));
    expect(accountsSeen).toEqual(new Set([TEST_ACCOUNT, members.alpha, members.bravo, members.charlie]));
    for (const name of ['alpha', 'bravo']) {
      const own = run.rows.filter((r) => r.ACCOUNT_UID === members[name]);
      expect(own.every((r) => r.ACCOUNT_NAME === name), name).toBe(true);
      const buckets = own.filter((r) => r.CHECK_ID === 's3_bucket_default_encryption').map((r) => r.RESOURCE_NAME);
      expect(buckets).toEqual([`data-${name}`]);
      const users = own.filter((r) => r.CHECK_ID === 'iam_user_accesskey_unused').map((r) => r.RESOURCE_NAME);
      expect(users).toEqual([`user-${name}`]);
      expect(own.find((r) => r.CHECK_ID === 'iam_password_policy_minimum_length_14')?.STATUS).toBe('FAIL');
    }
    // No account sees another's resources: every bucket appears once, in its own account.
    const bucketRows = run.rows.filter((r) => r.CHECK_ID === 's3_bucket_default_encryption');
    expect(bucketRows.map((r) => `${r.ACCOUNT_UID}:${r.RESOURCE_NAME}`).sort()).toEqual([`${members.alpha}:data-alpha`, `${members.bravo}:data-bravo`].sort());
    // The denied account: one ERROR naming the call, and nothing else.
    const charlie = run.rows.filter((r) => r.ACCOUNT_UID === members.charlie);
    expect(charlie.map((r) => `${r.CHECK_ID}:${r.STATUS}`)).toEqual(['prowl_account_scan_access:ERROR']);
    expect(charlie[0].ACCOUNT_NAME).toBe('charlie');
    expect(charlie[0].STATUS_EXTENDED).toMatch(/sts:AssumeRole/);
    expect(charlie[0].STATUS_EXTENDED).toContain(`arn:aws:iam::${members.charlie}:role/${ROLE}`);
    // OCSF carries the account name too.
    const ocsf = JSON.parse(await readFile(join(run.dir, 'org.ocsf.json'), 'utf8')) as Array<{ cloud: { account: { uid: string; name?: string } } }>;
    expect(ocsf.length).toBe(run.rows.length);
    expect(ocsf.filter((f) => f.cloud.account.uid === members.alpha).every((f) => f.cloud.account.name === 'alpha')).toBe(true);
    // The console: a table of accounts, the denied one marked, and progress per account.
    expect(run.stdout).toMatch(/Accounts/);
    for (const id of Object.values(members)) expect(run.stdout).toContain(id);
    expect(run.stdout).toMatch(/not scanned: cannot assume role/);
    expect(run.stderr).toMatch(/\[4\/4\]/);
  }, 180_000);

  it('--accounts and --excluded-accounts choose the accounts; --output-per-account writes one set per account; --save-inventory and --from-inventory round-trip', async () => {
    const inv = await mkdtemp(join(tmpdir(), 'prowl-org-inv-'));
    const run = await scan(['--accounts', `${members.alpha},${members.bravo},${members.charlie}`, '--excluded-accounts', members.charlie, '--output-per-account', '--save-inventory', inv]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(new Set(run.rows.map((r) => r.ACCOUNT_UID))).toEqual(new Set([members.alpha, members.bravo]));
    for (const name of ['alpha', 'bravo']) {
      const id = members[name];
      const files = await readdir(join(run.dir, id));
      const csv = files.find((f) => f.endsWith('.csv'))!;
      expect(csv).toMatch(new RegExp(`^prowl-output-${id}-\\d{14}\\.csv$`));
      const own = parseCsv(await readFile(join(run.dir, id, csv), 'utf8'));
      expect(own.length).toBe(run.rows.filter((r) => r.ACCOUNT_UID === id).length);
      expect(own.every((r) => r.ACCOUNT_UID === id && r.ACCOUNT_NAME === name)).toBe(true);
      expect((await readdir(join(run.dir, id, 'compliance'))).length).toBeGreaterThan(0);
    }
    expect((await readdir(inv)).sort()).toEqual([`${members.alpha}.json`, `${members.bravo}.json`].sort());
    // Offline: the saved inventories give the same findings.
    const dir = await mkdtemp(join(tmpdir(), 'prowl-org-off-'));
    const offline = await runCli(['aws', '--from-inventory', inv, ...CHECKS, '-M', 'csv', '-o', dir, '-F', 'offline', '-b'], {});
    expect(offline.stderr).not.toMatch(/internal error/);
    const rows = parseCsv(await readFile(join(dir, 'offline.csv'), 'utf8'));
    const key = (r: Record<string, string>) => `${r.ACCOUNT_UID}|${r.CHECK_ID}|${r.RESOURCE_UID}|${r.STATUS}`;
    expect(rows.map(key).sort()).toEqual(run.rows.map(key).sort());
  }, 180_000);

  it('mutelist Accounts rules apply to each finding\'s own account', async () => {
    const mutelist = join(await mkdtemp(join(tmpdir(), 'prowl-org-mute-')), 'mutelist.yaml');
    await writeFile(mutelist, `Mutelist:\n  Accounts:\n    "${members.alpha}":\n      Checks:\n        "s3_bucket_default_encryption":\n          Regions: ["*"]\n          Resources: ["*"]\n`);
    const run = await scan(['--accounts', `${members.alpha},${members.bravo}`, '-w', mutelist]);
    const buckets = run.rows.filter((r) => r.CHECK_ID === 's3_bucket_default_encryption').map((r) => `${r.RESOURCE_NAME}:${r.MUTED}`).sort();
    expect(buckets).toEqual(['data-alpha:True', 'data-bravo:False']);
  }, 120_000);

  it('--organizational-unit scans the accounts of the OU and of the OUs below it', async () => {
    const run = await scan(['--organizational-unit', ou]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(new Set(run.rows.map((r) => r.ACCOUNT_UID))).toEqual(new Set([members.bravo, members.charlie]));
  }, 180_000);

  it('collects the next account while the previous one is evaluated, and never interleaves two accounts\' findings', async () => {
    const saved = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = moto.endpoint;
    try {
      const all = await loadBuiltinChecks();
      const checks = all.filter((ch) => ['s3_bucket_default_encryption', 'iam_password_policy_minimum_length_14'].includes(ch.id));
      const log: string[] = [];
      const ids = [members.alpha, members.bravo, members.charlie];
      const result = await scanAccounts({
        checks,
        accounts: ids.map((accountId) => ({ accountId })),
        base: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
        baseArn: `arn:aws:iam::${TEST_ACCOUNT}:root`,
        partition: 'aws',
        roleName: ROLE,
        regions: ['us-east-1'],
        accountConcurrency: 1,
        onProgress: (e) => {
          if (e.type === 'collect-done') log.push(`collected ${e.accountId}`);
        },
        // A slow report writer: the first account's evaluation outlasts the second account's collection.
        onFinding: async (f) => {
          log.push(`finding ${f.accountId}`);
          if (f.accountId === members.alpha) await new Promise((r) => setTimeout(r, 400));
        },
        onAccountDone: (o) => void log.push(`done ${o.target.accountId}`),
      });
      expect(result.outcomes.map((o) => o.ok)).toEqual([true, true, true]);
      // With one account at a time, bravo was collected while alpha was still being evaluated...
      expect(log.indexOf(`collected ${members.bravo}`)).toBeLessThan(log.indexOf(`done ${members.alpha}`));
      // ...but charlie not before alpha's evaluation ended (one collecting, one evaluating: two inventories at most).
      expect(log.indexOf(`collected ${members.charlie}`)).toBeGreaterThan(log.indexOf(`done ${members.alpha}`));
      // Findings arrive account by account.
      const order = log.filter((l) => l.startsWith('finding ')).map((l) => l.slice(8));
      expect(order).toEqual([...order].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)));
      expect(new Set(order)).toEqual(new Set(ids));
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = saved;
    }
  }, 60_000);

  it('the engine as a library: scanFindings streams one account\'s findings and progress events, with any credentials', async () => {
    const sts = new STSClient(moto.config());
    const { Credentials: c } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${members.bravo}:role/${ROLE}`, RoleSessionName: 'lib' }));
    const all = await loadBuiltinChecks();
    const checks = all.filter((ch) => ['s3_bucket_default_encryption', 'iam_password_policy_minimum_length_14'].includes(ch.id));
    const events: ProgressEvent[] = [];
    const seen: string[] = [];
    const scan = scanFindings({
      checks,
      credentials: async () => ({ accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken }),
      account: { accountId: members.bravo, partition: 'aws', identityArn: `arn:aws:sts::${members.bravo}:assumed-role/${ROLE}/lib` },
      regions: ['us-east-1'],
      clientConfig: { endpoint: moto.endpoint },
      onProgress: (e) => events.push(e),
    });
    for await (const { finding, check } of scan) {
      expect(finding.checkId).toBe(check.id);
      seen.push(`${finding.accountId}:${finding.checkId}:${finding.resource.name ?? finding.resource.id}:${finding.status}`);
    }
    // Only bravo's own bucket, and its account-wide password policy verdict.
    expect(seen).toHaveLength(2);
    expect(seen.filter((x) => x.includes(':iam_password_policy_minimum_length_14:'))).toEqual([expect.stringMatching(new RegExp(`^${members.bravo}:.*:FAIL$`))]);
    expect(seen.filter((x) => x.includes(':s3_bucket_default_encryption:'))).toEqual([expect.stringMatching(new RegExp(`^${members.bravo}:s3_bucket_default_encryption:data-bravo:(PASS|FAIL)$`))]);
    expect(events[0]).toMatchObject({ type: 'collect-start', accountId: members.bravo, regions: ['us-east-1'] });
    expect(events.filter((e) => e.type === 'fact-done').length).toBe((events[0] as { units: number }).units);
    expect(events.find((e) => e.type === 'collect-done')).toMatchObject({ errors: 0 });
    expect(events.at(-1)).toMatchObject({ type: 'evaluate-done', counts: { FAIL: expect.any(Number) } });
  }, 60_000);

  it('-S sends each account\'s findings to its own Security Hub with its own role; -B uploads every report of the run', async () => {
    const { SecurityHubClient, EnableSecurityHubCommand, GetFindingsCommand } = await import('@aws-sdk/client-securityhub');
    const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
    const sts = new STSClient(moto.config());
    const hubFor = async (id: string) => {
      const { Credentials: c } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${id}:role/${ROLE}`, RoleSessionName: 'hub' }));
      return new SecurityHubClient({ ...moto.config(), credentials: { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken } });
    };
    for (const name of ['alpha', 'bravo']) await (await hubFor(members[name])).send(new EnableSecurityHubCommand({}));
    await new S3Client(moto.config()).send(new CreateBucketCommand({ Bucket: 'org-reports' }));
    const run = await scan(['--accounts', members.alpha, members.bravo, '-S', '-B', 's3://org-reports/nightly', '--output-per-account']);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(3);
    for (const name of ['alpha', 'bravo']) {
      const id = members[name];
      const own = run.rows.filter((r) => r.ACCOUNT_UID === id);
      const hub = await (await hubFor(id)).send(new GetFindingsCommand({ MaxResults: 100 }));
      // Each hub holds exactly its account's findings, and none of the other account's.
      expect((hub.Findings ?? []).length, name).toBe(own.length);
      expect((hub.Findings ?? []).every((f) => f.AwsAccountId === id), name).toBe(true);
      expect(run.stdout).toMatch(new RegExp(`Security Hub ${id} \\(${name}\\): ${own.length} findings sent`));
    }
    const listed = await new S3Client(moto.config()).send(new ListObjectsV2Command({ Bucket: 'org-reports', Prefix: 'nightly/' }));
    const keys = (listed.Contents ?? []).map((o) => o.Key!);
    expect(keys).toContain('nightly/org.csv');
    expect(keys).toContain('nightly/org.ocsf.json');
    expect(keys.some((k) => k.startsWith(`nightly/${members.alpha}/`) && k.endsWith('.csv'))).toBe(true);
    expect(run.stdout).toMatch(/Uploaded \d+ files to s3:\/\/org-reports\/nightly/);
  });

  it('refuses account flags without --organization-role, and ids that are not account ids', async () => {
    const a = await runCli(['aws', '--accounts', '111111111111', '-f', 'us-east-1'], env);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--accounts needs --organization-role/);
    const b = await runCli(['aws', '--organization-role', ROLE, '--accounts', '1234'], env);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/1234 is not an AWS account id/);
  });
});
