import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { resourceTags, taggedResourceArns } from './collectors.js';

describe('tagging collector against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('reads the tags of every tagged resource per region, whatever its service', async () => {
    const s3 = new S3Client(moto.config('eu-west-1'));
    await s3.send(new CreateBucketCommand({ Bucket: 'eu-logs', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await s3.send(new PutBucketTaggingCommand({ Bucket: 'eu-logs', Tagging: { TagSet: [{ Key: 'team', Value: 'audit' }] } }));
    await new SQSClient(moto.config('us-east-1')).send(new CreateQueueCommand({ QueueName: 'jobs', tags: { env: 'prod', owner: 'ops' } }));
    await new SQSClient(moto.config('us-east-1')).send(new CreateQueueCommand({ QueueName: 'untagged' }));
    const key = await new KMSClient(moto.config('eu-west-1')).send(new CreateKeyCommand({ Tags: [{ TagKey: 'data', TagValue: 'pii' }] }));

    const inv = await collectFromMoto(moto, [resourceTags], ['us-east-1', 'eu-west-1']);
    const us = inv.get(resourceTags, 'us-east-1');
    expect(us.ok && us.data['arn:aws:sqs:us-east-1:123456789012:jobs']).toEqual({ env: 'prod', owner: 'ops' });
    expect(us.ok && Object.keys(us.data)).not.toContain('arn:aws:sqs:us-east-1:123456789012:untagged');
    const eu = inv.get(resourceTags, 'eu-west-1');
    expect(eu.ok && eu.data['arn:aws:s3:::eu-logs']).toEqual({ team: 'audit' });
    expect(eu.ok && eu.data[key.KeyMetadata!.Arn!]).toEqual({ data: 'pii' });
  });

  it('lists the ARNs per region for the quick inventory', async () => {
    await new SQSClient(moto.config('eu-west-1')).send(new CreateQueueCommand({ QueueName: 'inv-q', tags: { a: 'b' } }));
    const inv = await collectFromMoto(moto, [taggedResourceArns], ['us-east-1', 'eu-west-1']);
    const eu = inv.get(taggedResourceArns, 'eu-west-1');
    expect(eu.ok && eu.data).toContain('arn:aws:sqs:eu-west-1:123456789012:inv-q');
    const us = inv.get(taggedResourceArns, 'us-east-1');
    expect(us.ok && us.data).not.toContain('arn:aws:sqs:eu-west-1:123456789012:inv-q');
  });
});

describe('tagging collector: a denied call becomes data (aws-sdk-client-mock)', () => {
  it('records AccessDenied for the region', async () => {
    const tagging = mockClient(ResourceGroupsTaggingAPIClient);
    try {
      tagging.on(GetResourcesCommand).rejects(Object.assign(new Error('not allowed'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }));
      const inv = await collectFromMoto({ endpoint: 'http://127.0.0.1:9' } as Moto, [resourceTags]);
      expect(inv.get(resourceTags, 'us-east-1')).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'tag:GetResources' } });
    } finally {
      tagging.restore();
    }
  });
});
