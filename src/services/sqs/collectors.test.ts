import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateQueueCommand, GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { queueAttributes, queueFromUrl, queues } from './collectors.js';

describe('sqs collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('derives a queue ARN from its URL', () => {
    expect(queueFromUrl('https://sqs.eu-west-1.amazonaws.com/210987654321/jobs', 'eu-west-1', 'aws', '123456789012')).toEqual({
      name: 'jobs',
      url: 'https://sqs.eu-west-1.amazonaws.com/210987654321/jobs',
      arn: 'arn:aws:sqs:eu-west-1:210987654321:jobs',
    });
  });

  it('lists queues per region and reads each queue policy and encryption', async () => {
    const us = new SQSClient(moto.config('us-east-1'));
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }],
    });
    await us.send(new CreateQueueCommand({ QueueName: 'open', Attributes: { Policy: policy } }));
    await us.send(new CreateQueueCommand({ QueueName: 'sealed', Attributes: { KmsMasterKeyId: 'alias/aws/sqs' } }));
    await new SQSClient(moto.config('eu-west-1')).send(new CreateQueueCommand({ QueueName: 'eu-queue' }));

    const inv = await collectFromMoto(moto, [queues, queueAttributes], ['us-east-1', 'eu-west-1']);
    const usQueues = inv.get(queues, 'us-east-1');
    if (!usQueues.ok) throw new Error('expected queues');
    expect(usQueues.data.map((q) => q.arn).sort()).toEqual(['arn:aws:sqs:us-east-1:123456789012:open', 'arn:aws:sqs:us-east-1:123456789012:sealed']);
    const euQueues = inv.get(queues, 'eu-west-1');
    expect(euQueues.ok && euQueues.data.map((q) => q.arn)).toEqual(['arn:aws:sqs:eu-west-1:123456789012:eu-queue']);

    const attrs = inv.get(queueAttributes, 'us-east-1');
    if (!attrs.ok) throw new Error('expected attributes');
    const open = attrs.data['arn:aws:sqs:us-east-1:123456789012:open'];
    expect(open.ok && JSON.parse(open.data.policy!).Statement[0].Sid).toBe('anyone');
    expect(attrs.data['arn:aws:sqs:us-east-1:123456789012:sealed']).toMatchObject({ ok: true, data: { policy: null, kmsMasterKeyId: 'alias/aws/sqs' } });
    const eu = inv.get(queueAttributes, 'eu-west-1');
    expect(eu.ok && eu.data['arn:aws:sqs:eu-west-1:123456789012:eu-queue']).toMatchObject({ ok: true, data: { policy: null } });
  });

  it('keeps a denied GetQueueAttributes per queue (aws-sdk-client-mock)', async () => {
    const mock = mockClient(SQSClient);
    try {
      mock.on(ListQueuesCommand).resolves({ QueueUrls: ['https://sqs.us-east-1.amazonaws.com/123456789012/q'] });
      mock.on(GetQueueAttributesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
      const inv = await collectFromMoto(moto, [queues, queueAttributes]);
      const attrs = inv.get(queueAttributes);
      expect(attrs.ok && attrs.data['arn:aws:sqs:us-east-1:123456789012:q']).toMatchObject({
        ok: false,
        error: { kind: 'AccessDenied', operation: 'sqs:GetQueueAttributes' },
      });
    } finally {
      mock.restore();
    }
  });
});
