import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateUserCommand, DeleteUserCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { DescribeTrailsCommand, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeKeyCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { toCallError } from './errors.js';
import { SERVICES } from './services.js';
import { ClientPool, WriteRefusedError, isReadOperation } from './client.js';
import { startMoto, type Moto } from '../../test/helpers/moto.js';

describe('read-only guard', () => {
  it('classifies operations by name', () => {
    for (const op of ['DescribeInstances', 'GetBucketPolicy', 'ListUsers', 'LookupEvents', 'GenerateCredentialReport', 'BatchGetImage']) {
      expect(isReadOperation(op), op).toBe(true);
    }
    for (const op of ['CreateUser', 'DeleteBucket', 'PutBucketPolicy', 'UpdateAccountPasswordPolicy', 'TerminateInstances', 'Getaway', 'Get', 'BatchGetaway', 'BatchImportFindings', 'AttachRolePolicy']) {
      expect(isReadOperation(op), op).toBe(false);
    }
  });

  describe('against moto', () => {
    let moto: Moto;
    beforeAll(async () => (moto = await startMoto()));
    afterAll(async () => moto?.stop());

    it('refuses writes from scanning clients before anything is sent', async () => {
      const pool = new ClientPool({
        credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
        extraConfig: { endpoint: moto.endpoint, forcePathStyle: true },
      });
      const iam = await pool.client('iam', 'us-east-1');
      await expect(iam.send(new CreateUserCommand({ UserName: 'mallory' }))).rejects.toBeInstanceOf(WriteRefusedError);
      await expect(iam.send(new DeleteUserCommand({ UserName: 'mallory' }))).rejects.toThrow(/refused/);
      const s3 = await pool.client('s3', 'us-east-1');
      await expect(s3.send(new CreateBucketCommand({ Bucket: 'nope' }))).rejects.toBeInstanceOf(WriteRefusedError);
      await expect(s3.send(new PutObjectCommand({ Bucket: 'nope', Key: 'k', Body: 'x' }))).rejects.toBeInstanceOf(WriteRefusedError);
      expect(pool.stats.total).toBe(0);
      // A read goes through and is counted.
      const { ListUsersCommand } = await import('@aws-sdk/client-iam');
      const res = await iam.send(new ListUsersCommand({}));
      expect(res.Users?.some((u) => u.UserName === 'mallory')).toBe(false);
      expect(pool.stats.total).toBe(1);
      pool.destroy();
    });

    it('caps CloudTrail LookupEvents at 2 calls/s while DescribeTrails is not slowed (moto lacks LookupEvents: its calls fail, but are scheduled the same)', async () => {
      const pool = new ClientPool({
        credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
        maxAttempts: 1,
        extraConfig: { endpoint: moto.endpoint },
      });
      const ct = await pool.client('cloudtrail', 'us-east-1');
      let t = Date.now();
      const trails = await Promise.all(Array.from({ length: 6 }, () => ct.send(new DescribeTrailsCommand({}))));
      const describeMs = Date.now() - t;
      expect(trails.every((r) => Array.isArray(r.trailList))).toBe(true);
      t = Date.now();
      await Promise.allSettled(Array.from({ length: 6 }, () => ct.send(new LookupEventsCommand({ MaxResults: 1 }))));
      const lookupMs = Date.now() - t;
      // 2 per second: calls 1-2 at once, 3-4 a second later, 5-6 two seconds later.
      expect(lookupMs).toBeGreaterThanOrEqual(1900);
      expect(describeMs).toBeLessThan(1000);
      expect(pool.stats.total).toBe(12);
      pool.destroy();
    });
  });
});

/** A loopback endpoint that answers JSON-protocol calls with {} after `delayMs`, and never answers DescribeKey. */
async function slowEndpoint(delayMs: number) {
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  let total = 0;
  let maxTotal = 0;
  const server = createServer((req, res) => {
    // The signing region is in the credential scope: Credential=AKID/20260101/<region>/<service>/aws4_request
    const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(String(req.headers.authorization))?.[1] ?? '?';
    inFlight.set(region, (inFlight.get(region) ?? 0) + 1);
    maxInFlight.set(region, Math.max(maxInFlight.get(region) ?? 0, inFlight.get(region)!));
    maxTotal = Math.max(maxTotal, ++total);
    req.resume();
    if (String(req.headers['x-amz-target']).endsWith('DescribeKey')) return;
    setTimeout(() => {
      inFlight.set(region, inFlight.get(region)! - 1);
      total--;
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end('{}');
    }, delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    maxInFlight,
    maxTotal: () => maxTotal,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe('scheduling and timeouts (fake slow endpoint)', () => {
  let fake: Awaited<ReturnType<typeof slowEndpoint>>;
  beforeAll(async () => (fake = await slowEndpoint(200)));
  afterAll(async () => fake?.close());
  const poolFor = (extra: Partial<ConstructorParameters<typeof ClientPool>[0]> = {}) =>
    new ClientPool({
      credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
      maxAttempts: 1,
      extraConfig: { endpoint: fake.endpoint },
      ...extra,
    });

  it('never has more calls in flight per (region, service) than the service allows', async () => {
    const pool = poolFor();
    const limit = SERVICES.kms.concurrency;
    const calls = await Promise.all(
      ['us-east-1', 'eu-west-1'].flatMap((region) =>
        Array.from({ length: limit * 2 + 5 }, async () => (await pool.client('kms', region)).send(new ListKeysCommand({}))),
      ),
    );
    expect(calls).toHaveLength(2 * (limit * 2 + 5));
    // Each region reaches the cap (the calls do run concurrently) but never exceeds it; regions are independent.
    expect(fake.maxInFlight.get('us-east-1')).toBe(limit);
    expect(fake.maxInFlight.get('eu-west-1')).toBe(limit);
    expect(fake.maxTotal()).toBe(2 * limit);
    expect(pool.stats.total).toBe(calls.length);
    pool.destroy();
  });

  it('a request that gets no answer fails with a timeout instead of hanging the scan', async () => {
    const pool = poolFor({ requestTimeoutMs: 300 });
    const kms = await pool.client('kms', 'us-east-2');
    const t = Date.now();
    const err = await kms.send(new DescribeKeyCommand({ KeyId: 'k' })).catch((e: unknown) => e);
    expect(Date.now() - t).toBeLessThan(5000);
    expect(toCallError('kms:DescribeKey', err)).toMatchObject({ kind: 'Timeout', code: 'TimeoutError' });
    pool.destroy();
  }, 10_000);
});
