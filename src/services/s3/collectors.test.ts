import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BucketCannedACL,
  CreateBucketCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  ListBucketsCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketReplicationCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectLockConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { CreateAccessPointCommand, GetPublicAccessBlockCommand as GetAccountBlockCommand, PutPublicAccessBlockCommand as PutAccountBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { CloudTrailClient, CreateTrailCommand, DeleteTrailCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, TEST_ACCOUNT, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto, collectWithPool } from '../../../test/helpers/collect.js';
import { ClientPool } from '../../aws/client.js';
import type { Fact } from '../../core/fact.js';
import { evaluate } from '../../core/evaluate.js';
import { buildComplianceIndex } from '../../compliance/index.js';
import secureTransport from './checks/s3_bucket_secure_transport_policy.js';
import {
  accountPublicAccessBlock,
  bucketAcls,
  bucketEncryption,
  bucketLogging,
  bucketPolicies,
  bucketPublicAccessBlocks,
  buckets,
  bucketVersioning,
  bucketOwnershipControls,
  bucketReplication,
  bucketLifecycle,
  bucketObjectLock,
  bucketNotifications,
  accessPoints,
  multiRegionAccessPoints,
} from './collectors.js';
import { trailList } from '../cloudtrail/collectors.js';

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::logs-eu/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
});

/**
 * S3 Control's endpoint rules put the account id in front of the host ("123456789012.127.0.0.1"),
 * which is not a valid URL for a loopback emulator; this runs the real collection pipeline with an
 * endpoint provider that sends S3 Control calls straight to moto.
 */
async function collectWithS3Control(moto: Moto, facts: Fact<unknown>[]) {
  const pool = new ClientPool({
    credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
    maxAttempts: 2,
    extraConfig: { endpoint: moto.endpoint, endpointProvider: () => ({ url: new URL(moto.endpoint) }) },
  });
  return collectWithPool(pool, facts);
}

const deniedError = () =>
  Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 } });

describe('s3 collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
    const use1 = new S3Client(moto.config('us-east-1'));
    const euw1 = new S3Client(moto.config('eu-west-1'));
    await use1.send(new CreateBucketCommand({ Bucket: 'plain-us' }));
    await euw1.send(new CreateBucketCommand({ Bucket: 'logs-eu', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await euw1.send(new PutBucketPolicyCommand({ Bucket: 'logs-eu', Policy: POLICY }));
    await euw1.send(
      new PutPublicAccessBlockCommand({
        Bucket: 'logs-eu',
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false },
      }),
    );
    await euw1.send(
      new PutBucketEncryptionCommand({
        Bucket: 'logs-eu',
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/logs' }, BucketKeyEnabled: true }],
        },
      }),
    );
    await euw1.send(new PutBucketVersioningCommand({ Bucket: 'logs-eu', VersioningConfiguration: { Status: 'Enabled' } }));
    await euw1.send(
      new CreateBucketCommand({
        Bucket: 'access-eu',
        // A canned ACL S3 accepts although the SDK's enum does not list it.
        ACL: 'log-delivery-write' as BucketCannedACL,
        CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
      }),
    );
    await euw1.send(new PutBucketLoggingCommand({ Bucket: 'logs-eu', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'access-eu', TargetPrefix: 'logs-eu/' } } }));
    await use1.send(new PutBucketAclCommand({ Bucket: 'plain-us', ACL: 'public-read' }));
  });
  afterAll(async () => moto?.stop());

  it('lists buckets with their regions (moto omits BucketRegion, so GetBucketLocation fills it in)', async () => {
    const inv = await collectFromMoto(moto, [buckets], ['us-east-1', 'eu-west-1']);
    const list = inv.get(buckets);
    expect(list.ok && list.data.map((b) => [b.name, b.region, b.arn]).sort()).toEqual([
      ['access-eu', 'eu-west-1', 'arn:aws:s3:::access-eu'],
      ['logs-eu', 'eu-west-1', 'arn:aws:s3:::logs-eu'],
      ['plain-us', 'us-east-1', 'arn:aws:s3:::plain-us'],
    ]);
  });

  it('reads each bucket facet from the bucket region, with "not configured" as null', async () => {
    const inv = await collectFromMoto(
      moto,
      [bucketPolicies, bucketPublicAccessBlocks, bucketEncryption, bucketVersioning, bucketLogging, bucketAcls],
      ['us-east-1', 'eu-west-1'],
    );
    const policies = inv.get(bucketPolicies);
    expect(policies.ok).toBe(true);
    if (!policies.ok) return;
    expect(policies.data['plain-us']).toEqual({ ok: true, data: null });
    const logsPolicy = policies.data['logs-eu'];
    expect(logsPolicy.ok && JSON.parse(logsPolicy.data ?? '{}').Statement[0].Sid).toBe('TlsOnly');

    expect(inv.get(bucketPublicAccessBlocks)).toEqual({
      ok: true,
      data: {
        'plain-us': { ok: true, data: null },
        'access-eu': { ok: true, data: null },
        'logs-eu': { ok: true, data: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false } },
      },
    });

    const enc = inv.get(bucketEncryption);
    expect(enc.ok && enc.data['logs-eu']).toEqual({ ok: true, data: [{ algorithm: 'aws:kms', kmsKeyId: 'alias/logs', bucketKeyEnabled: true }] });
    // moto applies no default encryption to new buckets, so the answer is either null or SSE-S3 (as AWS does today).
    const plainEnc = enc.ok ? enc.data['plain-us'] : undefined;
    expect(plainEnc?.ok).toBe(true);
    if (plainEnc?.ok && plainEnc.data) expect(plainEnc.data[0].algorithm).toBe('AES256');

    expect(inv.get(bucketVersioning)).toEqual({
      ok: true,
      data: {
        'plain-us': { ok: true, data: { status: null, mfaDelete: false } },
        'access-eu': { ok: true, data: { status: null, mfaDelete: false } },
        'logs-eu': { ok: true, data: { status: 'Enabled', mfaDelete: false } },
      },
    });
    expect(inv.get(bucketLogging)).toEqual({
      ok: true,
      data: {
        'plain-us': { ok: true, data: { enabled: false } },
        'logs-eu': { ok: true, data: { enabled: true, targetBucket: 'access-eu', targetPrefix: 'logs-eu/' } },
        'access-eu': { ok: true, data: { enabled: false } },
      },
    });

    const acls = inv.get(bucketAcls);
    const plainAcl = acls.ok ? acls.data['plain-us'] : undefined;
    expect(plainAcl?.ok && plainAcl.data.grants).toContainEqual({
      granteeType: 'Group',
      uri: 'http://acs.amazonaws.com/groups/global/AllUsers',
      permission: 'READ',
    });
    const logsAcl = acls.ok ? acls.data['logs-eu'] : undefined;
    expect(logsAcl?.ok && logsAcl.data.grants.some((g) => g.uri)).toBe(false);
  });

  it('feeds the checks: a scan of one region evaluates only that region\'s buckets', async () => {
    const both = await collectFromMoto(moto, [buckets, bucketPolicies], ['us-east-1', 'eu-west-1']);
    const findings = [...evaluate([secureTransport], both, { compliance: buildComplianceIndex() })];
    expect(Object.fromEntries(findings.map((f) => [f.resource.id, [f.status, f.region]]))).toEqual({
      'plain-us': ['FAIL', 'us-east-1'],
      'logs-eu': ['PASS', 'eu-west-1'],
      'access-eu': ['FAIL', 'eu-west-1'],
    });
    const one = await collectFromMoto(moto, [buckets, bucketPolicies], ['us-east-1']);
    expect([...evaluate([secureTransport], one, { compliance: buildComplianceIndex() })].map((f) => f.resource.id)).toEqual(['plain-us']);
  });

  it("reads facets only for the scanned regions' buckets, plus the buckets the trails there deliver to", async () => {
    const onlyEu = await collectFromMoto(moto, [bucketVersioning], ['eu-west-1']);
    const versioning = onlyEu.get(bucketVersioning);
    expect(versioning.ok && Object.keys(versioning.data).sort()).toEqual(['access-eu', 'logs-eu']);

    // A trail in eu-west-1 that logs to a us-east-1 bucket: the trail-bucket checks need that bucket's facets.
    const euTrails = new CloudTrailClient(moto.config('eu-west-1'));
    await euTrails.send(new CreateTrailCommand({ Name: 'eu-trail', S3BucketName: 'plain-us' }));
    try {
      const withTrails = await collectFromMoto(moto, [trailList, bucketVersioning], ['eu-west-1']);
      const read = withTrails.get(bucketVersioning);
      expect(read.ok && Object.keys(read.data).sort()).toEqual(['access-eu', 'logs-eu', 'plain-us']);
      // Without a check reading the trails, the out-of-region bucket stays unread.
      const withoutTrails = await collectFromMoto(moto, [bucketVersioning], ['eu-west-1']);
      const unread = withoutTrails.get(bucketVersioning);
      expect(unread.ok && Object.keys(unread.data)).not.toContain('plain-us');
    } finally {
      await euTrails.send(new DeleteTrailCommand({ Name: 'eu-trail' }));
    }
  });

  it('reads ownership, replication, lifecycle, Object Lock and notifications; access points through S3 Control', async () => {
    const s3 = new S3Client(moto.config('us-east-1'));
    await s3.send(new CreateBucketCommand({ Bucket: 'facets-us', ObjectLockEnabledForBucket: true }));
    await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'facets-us', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'facets-us', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(
      new PutBucketReplicationCommand({
        Bucket: 'facets-us',
        ReplicationConfiguration: { Role: 'arn:aws:iam::123456789012:role/repl', Rules: [{ ID: 'to-eu', Status: 'Enabled', Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::logs-eu' } }] },
      }),
    );
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: 'facets-us',
        LifecycleConfiguration: { Rules: [{ ID: 'expire', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 30 } }] },
      }),
    );
    await s3.send(
      new PutObjectLockConfigurationCommand({
        Bucket: 'facets-us',
        ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 7 } } },
      }),
    );
    await s3.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: 'facets-us',
        NotificationConfiguration: { QueueConfigurations: [{ QueueArn: 'arn:aws:sqs:us-east-1:123456789012:events', Events: ['s3:ObjectCreated:*'] }] },
      }),
    );
    const inv = await collectFromMoto(moto, [bucketOwnershipControls, bucketReplication, bucketLifecycle, bucketObjectLock, bucketNotifications], ['us-east-1']);
    const entry = <T>(r: { ok: boolean; data?: Record<string, T> }, name: string) => (r.ok ? r.data?.[name] : undefined);
    expect(entry(inv.get(bucketOwnershipControls), 'facets-us')).toEqual({ ok: true, data: 'BucketOwnerEnforced' });
    expect(entry(inv.get(bucketOwnershipControls), 'plain-us')).toMatchObject({ ok: true });
    expect(entry(inv.get(bucketReplication), 'facets-us')).toEqual({ ok: true, data: [{ id: 'to-eu', status: 'Enabled', destinationBucket: 'arn:aws:s3:::logs-eu' }] });
    expect(entry(inv.get(bucketReplication), 'plain-us')).toEqual({ ok: true, data: null });
    expect(entry(inv.get(bucketLifecycle), 'facets-us')).toEqual({ ok: true, data: [{ id: 'expire', status: 'Enabled' }] });
    expect(entry(inv.get(bucketLifecycle), 'plain-us')).toEqual({ ok: true, data: null });
    expect(entry(inv.get(bucketObjectLock), 'facets-us')).toEqual({ ok: true, data: { enabled: true, mode: 'GOVERNANCE', days: 7 } });
    expect(entry(inv.get(bucketObjectLock), 'plain-us')).toEqual({ ok: true, data: null });
    expect(entry(inv.get(bucketNotifications), 'facets-us')).toEqual({ ok: true, data: { destinations: 1, eventBridge: false } });
    expect(entry(inv.get(bucketNotifications), 'plain-us')).toEqual({ ok: true, data: { destinations: 0, eventBridge: false } });

    const control = new S3ControlClient({ ...moto.config(), endpointProvider: () => ({ url: new URL(moto.endpoint) }) });
    await control.send(new CreateAccessPointCommand({ AccountId: TEST_ACCOUNT, Name: 'ap-open', Bucket: 'facets-us', PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false } }));
    await control.send(new CreateAccessPointCommand({ AccountId: TEST_ACCOUNT, Name: 'ap-default', Bucket: 'facets-us' }));
    const aps = await collectWithS3Control(moto, [accessPoints]);
    const list = aps.get(accessPoints);
    expect(list.ok && list.data.map((a) => [a.name, a.bucket, a.publicAccessBlock]).sort()).toEqual([
      ['ap-default', 'facets-us', { ok: true, data: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } }],
      ['ap-open', 'facets-us', { ok: true, data: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false } }],
    ]);
    const mraps = await collectWithS3Control(moto, [multiRegionAccessPoints]);
    expect(mraps.get(multiRegionAccessPoints)).toEqual({ ok: true, data: [] });
  });

  it('reads the account-level public access block through S3 Control', async () => {
    const before = await collectWithS3Control(moto, [accountPublicAccessBlock]);
    expect(before.get(accountPublicAccessBlock)).toEqual({ ok: true, data: null });

    const control = new S3ControlClient({ ...moto.config(), endpointProvider: () => ({ url: new URL(moto.endpoint) }) });
    await control.send(
      new PutAccountBlockCommand({
        AccountId: TEST_ACCOUNT,
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      }),
    );
    const after = await collectWithS3Control(moto, [accountPublicAccessBlock]);
    expect(after.get(accountPublicAccessBlock)).toEqual({
      ok: true,
      data: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
    });
  });
});

describe('s3 collectors: denied calls become data (aws-sdk-client-mock)', () => {
  it('keeps a denied bucket as an error and the other buckets as data', async () => {
    const s3 = mockClient(S3Client);
    try {
      s3.on(ListBucketsCommand).resolves({
        // BucketRegion as AWS returns it: no GetBucketLocation is needed.
        Buckets: [
          { Name: 'open', BucketRegion: 'us-east-1' },
          { Name: 'locked', BucketRegion: 'eu-west-1' },
        ],
      });
      s3.on(GetBucketPolicyCommand, { Bucket: 'open' }).resolves({ Policy: '{"Statement":[]}' });
      s3.on(GetBucketPolicyCommand, { Bucket: 'locked' }).rejects(deniedError());
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [bucketPolicies], ['us-east-1', 'eu-west-1']);
      const policies = inv.get(bucketPolicies);
      expect(policies.ok).toBe(true);
      if (!policies.ok) return;
      expect(policies.data.open).toEqual({ ok: true, data: '{"Statement":[]}' });
      expect(policies.data.locked).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 's3:GetBucketPolicy' } });
      // Each bucket is asked in its own region.
      const [call] = s3.commandCalls(GetBucketPolicyCommand, { Bucket: 'locked' });
      expect(await (call.thisValue as S3Client).config.region()).toBe('eu-west-1');
      expect(s3.commandCalls(GetBucketLocationCommand)).toHaveLength(0);
    } finally {
      s3.restore();
    }
  });

  it('a bucket whose region cannot be read is an ERROR for it, not dropped (aws-sdk-client-mock: moto cannot deny GetBucketLocation)', async () => {
    const s3 = mockClient(S3Client);
    try {
      s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'hidden' }, { Name: 'seen', BucketRegion: 'eu-west-1' }] });
      s3.on(GetBucketLocationCommand).rejects(Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
      s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [buckets, bucketVersioning], ['eu-west-1']);
      const list = inv.get(buckets);
      expect(list.ok && list.data.find((b) => b.name === 'hidden')).toMatchObject({ regionError: { kind: 'AccessDenied', operation: 's3:GetBucketLocation' } });
      const v = inv.get(bucketVersioning);
      expect(v.ok && v.data.hidden).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 's3:GetBucketLocation' } });
      expect(v.ok && v.data.seen).toMatchObject({ ok: true });
    } finally {
      s3.restore();
    }
  });

  it('reads MFA delete (aws-sdk-client-mock: moto lacks MFADelete in GetBucketVersioning)', async () => {
    const s3 = mockClient(S3Client);
    try {
      s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'trail-logs', BucketRegion: 'eu-west-1' }, { Name: 'other', BucketRegion: 'us-east-1' }] });
      s3.on(GetBucketVersioningCommand, { Bucket: 'trail-logs' }).resolves({ Status: 'Enabled', MFADelete: 'Enabled' });
      s3.on(GetBucketVersioningCommand, { Bucket: 'other' }).resolves({ Status: 'Suspended', MFADelete: 'Disabled' });
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [bucketVersioning], ['us-east-1', 'eu-west-1']);
      expect(inv.get(bucketVersioning)).toEqual({
        ok: true,
        data: { 'trail-logs': { ok: true, data: { status: 'Enabled', mfaDelete: true } }, other: { ok: true, data: { status: 'Suspended', mfaDelete: false } } },
      });
    } finally {
      s3.restore();
    }
  });

  it('records a denied bucket list, and a denied account block, as errors of the fact', async () => {
    const s3 = mockClient(S3Client);
    const control = mockClient(S3ControlClient);
    try {
      s3.on(ListBucketsCommand).rejects(deniedError());
      control.on(GetAccountBlockCommand).rejects(Object.assign(deniedError(), { name: 'AccessDeniedException' }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [buckets, bucketVersioning, accountPublicAccessBlock]);
      expect(inv.get(buckets)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 's3:ListBuckets' } });
      expect(inv.get(bucketVersioning)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 's3:ListBuckets' } });
      expect(inv.get(accountPublicAccessBlock)).toMatchObject({
        ok: false,
        error: { kind: 'AccessDenied', code: 'AccessDeniedException', operation: 's3control:GetPublicAccessBlock' },
      });
    } finally {
      s3.restore();
      control.restore();
    }
  });
});
