import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, HeadBucketCommand, ListBucketsCommand, PutBucketOwnershipControlsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, TEST_ACCOUNT, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { objectAcls, shadowBuckets, shadowCandidates } from './collectors.js';

describe('s3 object ACL and shadow bucket collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('samples object ACLs, keeping the public grants, and does not read objects where ACLs are disabled', async () => {
    const s3 = new S3Client(moto.config('us-east-1'));
    await s3.send(new CreateBucketCommand({ Bucket: 'objects-mixed' }));
    await s3.send(new PutObjectCommand({ Bucket: 'objects-mixed', Key: 'private.txt', Body: 'x' }));
    await s3.send(new PutObjectCommand({ Bucket: 'objects-mixed', Key: 'shared.txt', Body: 'x', ACL: 'public-read' }));
    await s3.send(new PutObjectCommand({ Bucket: 'objects-mixed', Key: 'partners.txt', Body: 'x', ACL: 'authenticated-read' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'objects-enforced' }));
    await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'objects-enforced', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }));
    const inv = await collectFromMoto(moto, [objectAcls]);
    const r = inv.get(objectAcls);
    expect(r.ok).toBe(true);
    const mixed = r.ok ? r.data['objects-mixed'] : undefined;
    expect(mixed).toMatchObject({ ok: true, data: { sampled: 3, truncated: false, unreadable: 0 } });
    const pub = mixed?.ok ? Object.fromEntries(mixed.data.publicObjects.map((o) => [o.key, o.grants.map((g) => `${g.permission} ${g.uri?.split('/').pop()}`)])) : {};
    expect(pub).toEqual({ 'shared.txt': ['READ AllUsers'], 'partners.txt': ['READ AuthenticatedUsers'] });
    expect(r.ok && r.data['objects-enforced']).toMatchObject({ ok: true, data: { skipped: expect.stringContaining('BucketOwnerEnforced'), sampled: 0 } });
  });

  it('tells a predictable service bucket name held by another account from a free one and an owned one', async () => {
    const own = new S3Client(moto.config('us-east-1'));
    await own.send(new CreateBucketCommand({ Bucket: `aws-glue-assets-${TEST_ACCOUNT}-us-east-1` }));
    await own.send(new CreateBucketCommand({ Bucket: 'cf-templates-abc123xyz-us-east-1' }));
    // Another account (moto keeps accounts apart by the credentials of an assumed role) claims a name of ours.
    const sts = new STSClient(moto.config('us-east-1'));
    const creds = (await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::210987654321:role/attacker', RoleSessionName: 'x' }))).Credentials!;
    const other = new S3Client({ ...moto.config('eu-west-1'), credentials: { accessKeyId: creds.AccessKeyId!, secretAccessKey: creds.SecretAccessKey!, sessionToken: creds.SessionToken! } });
    await other.send(new CreateBucketCommand({ Bucket: `sagemaker-eu-west-1-${TEST_ACCOUNT}`, CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await other.send(new CreateBucketCommand({ Bucket: 'cf-templates-abc123xyz-eu-west-1', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    expect((await own.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).not.toContain(`sagemaker-eu-west-1-${TEST_ACCOUNT}`);

    const inv = await collectFromMoto(moto, [shadowBuckets], ['us-east-1', 'eu-west-1']);
    const r = inv.get(shadowBuckets);
    const state = Object.fromEntries((r.ok ? r.data : []).map((c) => [c.name, 'state' in c ? c.state : 'error']));
    expect(state).toMatchObject({
      [`aws-glue-assets-${TEST_ACCOUNT}-us-east-1`]: 'owned',
      'cf-templates-abc123xyz-us-east-1': 'owned',
      [`sagemaker-eu-west-1-${TEST_ACCOUNT}`]: 'foreign',
      'cf-templates-abc123xyz-eu-west-1': 'foreign',
      [`aws-glue-assets-${TEST_ACCOUNT}-eu-west-1`]: 'absent',
      [`sagemaker-us-east-1-${TEST_ACCOUNT}`]: 'absent',
    });
  });
});

describe('s3 shadow bucket names', () => {
  it("derives each service's names from the account id and region, and CloudFormation's from the account's own template bucket hash", () => {
    const names = shadowCandidates('111122223333', ['us-gov-west-1'], ['cf-templates-q1w2e3r4t5y6-us-east-1', 'cf-templates-not-a-region', 'logs']).map((c) => `${c.service}: ${c.name}`);
    expect(names).toEqual([
      'CloudFormation: cf-templates-q1w2e3r4t5y6-us-gov-west-1',
      'Glue: aws-glue-assets-111122223333-us-gov-west-1',
      'EMR: aws-emr-studio-111122223333-us-gov-west-1',
      'SageMaker: sagemaker-us-gov-west-1-111122223333',
      'Athena: aws-athena-query-results-111122223333-us-gov-west-1',
      'Elastic Beanstalk: elasticbeanstalk-us-gov-west-1-111122223333',
      'CodeStar: aws-codestar-us-gov-west-1-111122223333',
    ]);
  });
});

describe('s3 shadow bucket collector (aws-sdk-client-mock: moto answers HeadBucket 200 to any account)', () => {
  it('takes 403 as a bucket of another account, and keeps other failures as errors', async () => {
    const mock = mockClient(S3Client);
    try {
      mock.on(ListBucketsCommand).resolves({ Buckets: [] });
      mock.on(HeadBucketCommand).rejects(Object.assign(new Error('Not Found'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } }));
      mock.on(HeadBucketCommand, { Bucket: `sagemaker-us-east-1-${TEST_ACCOUNT}` }).rejects(Object.assign(new Error('Forbidden'), { name: '403', $metadata: { httpStatusCode: 403 } }));
      mock.on(HeadBucketCommand, { Bucket: `aws-glue-assets-${TEST_ACCOUNT}-us-east-1` }).rejects(Object.assign(new Error('slow down'), { name: 'SlowDown', $metadata: { httpStatusCode: 503 } }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [shadowBuckets]);
      const r = inv.get(shadowBuckets);
      const byName = Object.fromEntries((r.ok ? r.data : []).map((c) => [c.name, c]));
      expect(byName[`sagemaker-us-east-1-${TEST_ACCOUNT}`]).toMatchObject({ state: 'foreign' });
      expect(byName[`aws-glue-assets-${TEST_ACCOUNT}-us-east-1`]).toMatchObject({ error: { operation: 's3:HeadBucket' } });
      expect(byName[`aws-emr-studio-${TEST_ACCOUNT}-us-east-1`]).toMatchObject({ state: 'absent' });
    } finally {
      mock.restore();
    }
  });
});
