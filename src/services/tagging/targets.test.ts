import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateBucketCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { ClientPool } from '../../aws/client.js';
import { defineCheck, type Check } from '../../core/check.js';
import { buildComplianceIndex } from '../../compliance/index.js';
import { Inventory, INVENTORY_FORMAT } from '../../core/inventory.js';
import { startMoto, TEST_ACCOUNT, type Moto } from '../../../test/helpers/moto.js';
import { addTagTarget, TagCollector, type TagTargets } from './targets.js';
import { defineFact } from '../../core/fact.js';
import { resourceTags } from './collectors.js';

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

/** A check reporting PASS for each of the given resources. */
const reporter = (id: string, resources: Array<{ arn: string; region: string }>, uses: Check['uses'] = []): Check =>
  defineCheck({
    id, title: 'reports fixed resources', service: id.split('_')[0], severity: 'low', resourceType: 'Other', categories: [],
    description: 'test check that reports fixed resources', risk: 'none, a test check', remediation: { text: 'nothing to do' }, uses,
    run: (ctx) => resources.forEach((r) => ctx.pass({ ...r, id: r.arn }, 'ok')),
  });

const inventory = () =>
  new Inventory({
    format: INVENTORY_FORMAT, prowlVersion: 'test', homeRegion: 'us-east-1', regions: REGIONS,
    account: { accountId: TEST_ACCOUNT, partition: 'aws', identityArn: `arn:aws:iam::${TEST_ACCOUNT}:user/test` },
    startedAt: new Date().toISOString(), finishedAt: new Date().toISOString(),
  });

describe('tags are read only where findings need them (moto)', () => {
  let moto: Moto;
  const poolFor = () => new ClientPool({ credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }), maxAttempts: 2, extraConfig: { endpoint: moto.endpoint, forcePathStyle: true } });
  beforeAll(async () => {
    moto = await startMoto();
    await new SQSClient(moto.config('eu-west-1')).send(new CreateQueueCommand({ QueueName: 'jobs', tags: { team: 'data' } }));
    const s3 = new S3Client({ ...moto.config('eu-west-1'), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'eu-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await s3.send(new PutBucketTaggingCommand({ Bucket: 'eu-bucket', Tagging: { TagSet: [{ Key: 'env', Value: 'prod' }] } }));
  });
  afterAll(async () => moto?.stop());

  it('IAM and account findings only (-c check11): no tag call at all, and no region left "unreadable"', async () => {
    const inv = inventory();
    const pool = poolFor();
    const iam = reporter('iam_root_probe', [
      { arn: `arn:aws:iam::${TEST_ACCOUNT}:root`, region: 'us-east-1' },
      { arn: `arn:aws:iam::${TEST_ACCOUNT}:user/alice`, region: 'us-east-1' },
    ]);
    await new TagCollector(inv, pool, [iam], { compliance: buildComplianceIndex() }).finish();
    pool.destroy();
    expect(pool.stats.byOperation.get('ResourceGroupsTaggingAPI_20170126.GetResources') ?? 0).toBe(0);
    expect(pool.stats.total).toBe(0);
    for (const r of REGIONS) expect(inv.get(resourceTags, r)).toEqual({ ok: true, data: {} });
  });

  it('SQS findings in eu-west-1 only: one region asked, for SQS only', async () => {
    const inv = inventory();
    const pool = poolFor();
    const sqs = reporter('sqs_probe', [{ arn: `arn:aws:sqs:eu-west-1:${TEST_ACCOUNT}:jobs`, region: 'eu-west-1' }]);
    const targets = await new TagCollector(inv, pool, [sqs], { compliance: buildComplianceIndex() }).finish();
    pool.destroy();
    expect([...targets.byRegion.entries()].map(([r, s]) => [r, [...s]])).toEqual([['eu-west-1', ['sqs']]]);
    expect(pool.stats.total).toBe(1);
    const eu = inv.get(resourceTags, 'eu-west-1');
    expect(eu.ok && eu.data).toEqual({ [`arn:aws:sqs:eu-west-1:${TEST_ACCOUNT}:jobs`]: { team: 'data' } }); // the tagged bucket is not asked for
    expect(inv.get(resourceTags, 'us-east-1')).toEqual({ ok: true, data: {} });
  });

  it('reads the targets of the first 90% of checks before the last fact is in, then only the new service, and merges both', async () => {
    const inv = inventory();
    const pool = poolFor();
    const fact = (n: number) => defineFact<null>({ id: `probe.fact${n}`, service: 'sqs', scope: 'regional', operation: 'sqs:ListQueues', collect: async () => null });
    const facts = Array.from({ length: 10 }, (_, i) => fact(i));
    const queue = { arn: `arn:aws:sqs:eu-west-1:${TEST_ACCOUNT}:jobs`, region: 'eu-west-1' };
    const bucket = { arn: 'arn:aws:s3:::eu-bucket', region: 'eu-west-1' };
    const checks = facts.map((f, i) => reporter(`sqs_probe${i}`, [i === 9 ? bucket : queue], [f]));
    const tags = new TagCollector(inv, pool, checks, { compliance: buildComplianceIndex() });
    const calls = () => pool.stats.byOperation.get('ResourceGroupsTaggingAPI_20170126.GetResources') ?? 0;
    // The facts come in region by region; the slow tenth is still out.
    REGIONS.forEach(() => facts.slice(0, 9).forEach((f) => tags.factDone(f)));
    for (let i = 0; i < 100 && calls() === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(calls()).toBe(1); // eu-west-1, SQS: asked while the tenth fact is still being collected
    REGIONS.forEach(() => tags.factDone(facts[9]!));
    const targets = await tags.finish();
    pool.destroy();
    expect(calls()).toBe(2); // then eu-west-1 again, for S3 only
    expect([...targets.byRegion.entries()].map(([r, s]) => [r, [...s].sort()])).toEqual([['eu-west-1', ['s3', 'sqs']]]);
    const eu = inv.get(resourceTags, 'eu-west-1');
    expect(eu.ok && eu.data).toEqual({ [queue.arn]: { team: 'data' }, [bucket.arn]: { env: 'prod' } });
    expect(inv.get(resourceTags, 'ap-southeast-2')).toEqual({ ok: true, data: {} });
  });
});

describe('addTagTarget', () => {
  it('groups ARN services by region and skips what the tagging API cannot describe', () => {
    const t: TagTargets = { byRegion: new Map() };
    addTagTarget(t, 'us-east-1', 'arn:aws:s3:::b');
    addTagTarget(t, 'us-east-1', 'arn:aws:iam::1:role/r');
    addTagTarget(t, 'eu-west-1', 'arn:aws:kms:eu-west-1:1:key/k');
    addTagTarget(t, 'eu-west-1', '');
    expect([...t.byRegion.entries()].map(([r, s]) => [r, [...s]])).toEqual([['us-east-1', ['s3']], ['eu-west-1', ['kms']]]);
  });
});
