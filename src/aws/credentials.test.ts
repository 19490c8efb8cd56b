import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { EXIT, UserError } from '../cli/errors.js';
import { partitionOf, resolveIdentity, homeRegionFor } from './credentials.js';
import { TEST_ACCOUNT, startMoto, type Moto } from '../../test/helpers/moto.js';

const dir = mkdtempSync(join(tmpdir(), 'prowl-creds-'));
const recording = join(dir, 'moto-recording.jsonl');
let moto: Moto;
let envUser: { arn: string; accessKeyId: string; secretAccessKey: string };
let profileUser: { arn: string; accessKeyId: string; secretAccessKey: string };
let fileSeq = 0;

const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] });

async function createUser(name: string) {
  const iam = new IAMClient(moto.config());
  const user = (await iam.send(new CreateUserCommand({ UserName: name }))).User!;
  const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
  return { arn: user.Arn!, accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
}

/** STS requests moto received for one action, as their form parameters (moto's request recorder). */
function stsRequests(action: string): Array<Record<string, string>> {
  return readFileSync(recording, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { body: string; body_encoded: boolean })
    .map((r) => Object.fromEntries(new URLSearchParams(r.body_encoded ? Buffer.from(r.body, 'base64').toString() : r.body ?? '')))
    .filter((p) => p.Action === action);
}

/** A config or credentials file with a unique path (the SDK caches files by path). */
function iniFile(text: string): string {
  const path = join(dir, `ini-${++fileSeq}`);
  writeFileSync(path, text);
  return path;
}

/** Seconds from now until the credentials expire. */
const ttl = (c: { expiration?: Date }) => (c.expiration!.getTime() - Date.now()) / 1000;

async function rejection(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

beforeAll(async () => {
  moto = await startMoto({ MOTO_ENABLE_RECORDING: 'True', MOTO_RECORDER_FILEPATH: recording });
  envUser = await createUser('env-user');
  profileUser = await createUser('profile-user');
  const iam = new IAMClient(moto.config());
  for (const RoleName of ['ProwlAudit', 'BaseRole', 'ChainedTarget']) {
    await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST }));
  }
});
afterAll(async () => {
  await moto?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// Every test starts from an environment with no credentials at all: no AWS_* variables, empty config
// files (never the developer's ~/.aws), no instance metadata. The SDK reads these at call time.
const saved = { ...process.env };
beforeEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: iniFile(''),
    AWS_SHARED_CREDENTIALS_FILE: iniFile(''),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

const useEnvUser = () => Object.assign(process.env, { AWS_ACCESS_KEY_ID: envUser.accessKeyId, AWS_SECRET_ACCESS_KEY: envUser.secretAccessKey });

describe('resolveIdentity: base credentials', () => {
  it('uses environment credentials from the default chain', async () => {
    useEnvUser();
    const id = await resolveIdentity({ region: 'us-east-1' });
    expect(id).toMatchObject({ accountId: TEST_ACCOUNT, arn: envUser.arn, partition: 'aws', warnings: [], method: 'environment variables' });
    expect((await id.credentials()).accessKeyId).toBe(envUser.accessKeyId);
  });

  it('uses a named profile from AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE', async () => {
    useEnvUser(); // the profile must win over the environment's default credentials
    process.env.AWS_CONFIG_FILE = iniFile('[profile audit]\nregion = eu-west-1\n');
    process.env.AWS_SHARED_CREDENTIALS_FILE = iniFile(
      `[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = x\n\n[audit]\naws_access_key_id = ${profileUser.accessKeyId}\naws_secret_access_key = ${profileUser.secretAccessKey}\n`,
    );
    const warn = vi.spyOn(console, 'warn');
    const id = await resolveIdentity({ region: 'us-east-1', profile: 'audit' });
    expect(id.arn).toBe(profileUser.arn);
    expect((await id.credentials()).accessKeyId).toBe(profileUser.accessKeyId);
    // Which wins is said once, in one line, by prowl (not the SDK's multi-line console warning).
    expect(id.warnings).toEqual([expect.stringMatching(/^-p audit wins: the AWS_ACCESS_KEY_ID\/AWS_SECRET_ACCESS_KEY set in the environment are not used/)]);
    expect(warn).not.toHaveBeenCalled();
    expect(id.method).toBe('profile: audit');
  });

  it('names the authentication method: environment variables', async () => {
    useEnvUser();
    expect((await resolveIdentity({ region: 'us-east-1' })).method).toBe('environment variables');
  });

  it('an endpoint answering HTTP 404 with a non-AWS body is an endpoint problem (exit 5), not "no credentials"', async () => {
    useEnvUser();
    const { createServer } = await import('node:http');
    const server = createServer((_q, r) => {
      r.writeHead(404, { 'content-type': 'text/html' });
      r.end('<html><body>Not Found</body></html>');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const err = await rejection(resolveIdentity({ region: 'us-east-1' }));
      expect(err.exitCode).toBe(EXIT.runtime);
      expect(err.message).toMatch(/answered HTTP 404( \(NotFound\))? to sts:GetCallerIdentity: an endpoint or network problem, not a credentials one/);
      expect(err.message).toContain(process.env.AWS_ENDPOINT_URL);
      expect(err.message).not.toMatch(/no AWS credentials/);
    } finally {
      server.close();
    }
  });

  it('an unknown profile is a credentials error naming the profile', async () => {
    const err = await rejection(resolveIdentity({ region: 'us-east-1', profile: 'nope' }));
    expect(err.exitCode).toBe(EXIT.credentials);
    expect(err.message).toMatch(/^profile nope: /);
  });

  it('no credentials anywhere -> UserError, exit code 4, one line', async () => {
    const err = await rejection(resolveIdentity({ region: 'us-east-1' }));
    expect(err.exitCode).toBe(EXIT.credentials);
    expect(err.message).toMatch(/no AWS credentials found/);
    expect(err.message).not.toMatch(/\n/);
  });

  it('unreachable endpoint -> UserError, exit code 5', async () => {
    useEnvUser();
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
    const err = await rejection(resolveIdentity({ region: 'us-east-1' }));
    expect(err.exitCode).toBe(EXIT.runtime);
    expect(err.message).toMatch(/AWS endpoint unreachable/);
    expect(err.message).not.toMatch(/\n/);
  });
});

describe('resolveIdentity: -R role', () => {
  it('a role name is assumed in the caller account with the default session name', async () => {
    useEnvUser();
    const id = await resolveIdentity({ region: 'us-east-1', role: 'ProwlAudit' });
    expect(id.arn).toBe(`arn:aws:sts::${TEST_ACCOUNT}:assumed-role/ProwlAudit/prowl-scan`);
    expect(id.accountId).toBe(TEST_ACCOUNT);
    expect(id.warnings).toEqual([]);
    const sent = stsRequests('AssumeRole').filter((p) => p.RoleSessionName === 'prowl-scan');
    expect(sent.at(-1)).toMatchObject({ RoleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/ProwlAudit`, DurationSeconds: '3600' });
    expect(sent.at(-1)).not.toHaveProperty('ExternalId');
    const c = await id.credentials();
    expect(c.accessKeyId).not.toBe(envUser.accessKeyId);
    expect(c.sessionToken).toBeTruthy();
  });

  it('a full role ARN in another account, with external id and session name', async () => {
    useEnvUser();
    const id = await resolveIdentity({
      region: 'us-east-1',
      role: 'arn:aws:iam::111122223333:role/SecurityAudit',
      externalId: 'ext-7f3a',
      roleSessionName: 'alice-audit',
      sessionDuration: 7200,
    });
    expect(id).toMatchObject({ accountId: '111122223333', arn: 'arn:aws:sts::111122223333:assumed-role/SecurityAudit/alice-audit', warnings: [] });
    expect(stsRequests('AssumeRole').find((p) => p.RoleSessionName === 'alice-audit')).toMatchObject({
      RoleArn: 'arn:aws:iam::111122223333:role/SecurityAudit',
      ExternalId: 'ext-7f3a',
      DurationSeconds: '7200',
    });
    // Not a chained session: the full 2 hours were granted.
    expect(ttl(await id.credentials())).toBeGreaterThan(7100);
  });

  it('role chaining: from an assumed-role session, -T 7200 becomes 3600 with a warning', async () => {
    const sts = new STSClient({ ...moto.config(), credentials: { accessKeyId: envUser.accessKeyId, secretAccessKey: envUser.secretAccessKey } });
    const { Credentials: base } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/BaseRole`, RoleSessionName: 'base' }));
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: base!.AccessKeyId, AWS_SECRET_ACCESS_KEY: base!.SecretAccessKey, AWS_SESSION_TOKEN: base!.SessionToken });

    const id = await resolveIdentity({ region: 'us-east-1', role: 'ChainedTarget', sessionDuration: 7200, roleSessionName: 'chained' });
    expect(id.arn).toBe(`arn:aws:sts::${TEST_ACCOUNT}:assumed-role/ChainedTarget/chained`);
    expect(id.warnings).toHaveLength(1);
    expect(id.warnings[0]).toMatch(/role chaining: .*assumed-role\/BaseRole\/base.*-T 3600 instead of 7200/);
    expect(stsRequests('AssumeRole').filter((p) => p.RoleSessionName === 'chained').map((p) => p.DurationSeconds)).toEqual(['3600']);
    const c = await id.credentials();
    expect(ttl(c)).toBeGreaterThan(3500);
    expect(ttl(c)).toBeLessThanOrEqual(3600);
  });

  it('every client shares one session, refreshed shortly before it expires', async () => {
    useEnvUser();
    const id = await resolveIdentity({ region: 'us-east-1', role: 'ProwlAudit', roleSessionName: 'refresh', sessionDuration: 900 });
    const calls = () => stsRequests('AssumeRole').filter((p) => p.RoleSessionName === 'refresh').length;
    const first = await id.credentials();
    expect(ttl(first)).toBeGreaterThan(800);
    // Many clients asking at once (as a scan does) get the same credentials from one AssumeRole.
    const many = await Promise.all(Array.from({ length: 10 }, () => id.credentials()));
    expect(new Set(many.map((c) => c.accessKeyId))).toEqual(new Set([first.accessKeyId]));
    expect(calls()).toBe(1);
    // 11 minutes later the 15-minute session has 4 minutes left: it is renewed before it runs out.
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 11 * 60_000);
    const later = await id.credentials();
    expect(later.accessKeyId).not.toBe(first.accessKeyId);
    expect(later.expiration!.getTime()).toBeGreaterThan(first.expiration!.getTime());
    expect(calls()).toBe(2);
    // Back at the real time (moto's clock), the renewed session is fresh and reused.
    vi.restoreAllMocks();
    expect((await id.credentials()).accessKeyId).toBe(later.accessKeyId);
    expect(calls()).toBe(2);
  });

  it('a role that cannot be assumed is a credentials error naming the role', async () => {
    useEnvUser();
    const err = await rejection(resolveIdentity({ region: 'us-east-1', role: 'ProwlAudit', roleSessionName: 'x'.repeat(70) }));
    expect(err.exitCode).toBe(EXIT.credentials);
    expect(err.message).toMatch(new RegExp(`^cannot assume role arn:aws:iam::${TEST_ACCOUNT}:role/ProwlAudit: `));
  });
});

describe('resolveIdentity: --mfa', () => {
  const SERIAL = `arn:aws:iam::${TEST_ACCOUNT}:mfa/alice`;
  const answers = (code: string) => {
    const questions: string[] = [];
    const prompt = vi.fn(async (q: string) => {
      questions.push(q);
      return /ARN/.test(q) ? SERIAL : code;
    });
    return { prompt, questions };
  };

  it('with -R: asks for the device ARN and one code, and sends both with AssumeRole', async () => {
    useEnvUser();
    const { prompt, questions } = answers('123456');
    const id = await resolveIdentity({ region: 'us-east-1', role: 'ProwlAudit', roleSessionName: 'mfa-role', mfa: true, prompt });
    expect(id.arn).toBe(`arn:aws:sts::${TEST_ACCOUNT}:assumed-role/ProwlAudit/mfa-role`);
    expect(questions).toEqual(['ARN of your MFA device: ', `MFA code for ${SERIAL}: `]);
    expect(stsRequests('AssumeRole').find((p) => p.RoleSessionName === 'mfa-role')).toMatchObject({ SerialNumber: SERIAL, TokenCode: '123456' });
    // Clients reuse the session: no further prompts.
    await Promise.all([id.credentials(), id.credentials(), id.credentials()]);
    expect(prompt).toHaveBeenCalledTimes(2);
  });

  it('without -R: gets an MFA session token for -T seconds', async () => {
    useEnvUser();
    const { prompt, questions } = answers('654321');
    const before = stsRequests('GetSessionToken').length;
    const id = await resolveIdentity({ region: 'us-east-1', mfa: true, sessionDuration: 1800, prompt });
    expect(id.arn).toBe(envUser.arn);
    expect(questions).toEqual(['ARN of your MFA device: ', `MFA code for ${SERIAL}: `]);
    const sent = stsRequests('GetSessionToken').slice(before);
    expect(sent).toEqual([expect.objectContaining({ SerialNumber: SERIAL, TokenCode: '654321', DurationSeconds: '1800' })]);
    const c = await id.credentials();
    expect(c.accessKeyId).not.toBe(envUser.accessKeyId);
    expect(c.sessionToken).toBeTruthy();
    expect(ttl(c)).toBeGreaterThan(1700);
  });
});

describe('partitions', () => {
  it('reads the partition from an ARN and picks its home region', () => {
    expect(partitionOf('arn:aws-us-gov:iam::123456789012:user/a')).toBe('aws-us-gov');
    expect(partitionOf('arn:aws-cn:sts::123456789012:assumed-role/r/s')).toBe('aws-cn');
    expect(partitionOf('garbage')).toBe('aws');
    expect(homeRegionFor('aws-us-gov')).toBe('us-gov-west-1');
    expect(homeRegionFor('aws-cn')).toBe('cn-north-1');
    expect(homeRegionFor('aws')).toBe('us-east-1');
  });
});
