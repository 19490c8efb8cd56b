import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTopicCommand, GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand, SetTopicAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { startMoto, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { isActiveSubscription, topicAttributes, topicSubscriptions, topics } from './collectors.js';

describe('sns collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('lists topics per region and reads each topic policy and key', async () => {
    const us = new SNSClient(moto.config('us-east-1'));
    const alerts = (await us.send(new CreateTopicCommand({ Name: 'alerts', Attributes: { KmsMasterKeyId: 'alias/aws/sns' } }))).TopicArn!;
    const open = (await us.send(new CreateTopicCommand({ Name: 'open' }))).TopicArn!;
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'anyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SNS:Publish', Resource: open }],
    });
    await us.send(new SetTopicAttributesCommand({ TopicArn: open, AttributeName: 'Policy', AttributeValue: policy }));
    const euTopic = (await new SNSClient(moto.config('eu-west-1')).send(new CreateTopicCommand({ Name: 'eu-topic' }))).TopicArn!;

    const inv = await collectFromMoto(moto, [topics, topicAttributes], ['us-east-1', 'eu-west-1']);
    const usTopics = inv.get(topics, 'us-east-1');
    expect(usTopics.ok && [...usTopics.data].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'alerts', arn: alerts },
      { name: 'open', arn: open },
    ]);
    expect(inv.get(topics, 'eu-west-1')).toEqual({ ok: true, data: [{ name: 'eu-topic', arn: euTopic }] });
    const attrs = inv.get(topicAttributes, 'us-east-1');
    if (!attrs.ok) throw new Error('expected attributes');
    const openAttrs = attrs.data[open];
    expect(openAttrs.ok && JSON.parse(openAttrs.data.policy!).Statement[0].Sid).toBe('anyone');
    expect(openAttrs.ok && openAttrs.data.kmsMasterKeyId).toBeNull();
    // SNS gives every topic a default owner-only policy.
    const alertsAttrs = attrs.data[alerts];
    expect(alertsAttrs.ok && alertsAttrs.data.kmsMasterKeyId).toBe('alias/aws/sns');
    expect(alertsAttrs.ok && typeof alertsAttrs.data.policy).toBe('string');
    const euAttrs = inv.get(topicAttributes, 'eu-west-1');
    expect(euAttrs.ok && euAttrs.data[euTopic]).toMatchObject({ ok: true });
  });

  it('lists the subscriptions of each topic (ListSubscriptionsByTopic)', async () => {
    const sns = new SNSClient(moto.config('ap-southeast-2'));
    const watched = (await sns.send(new CreateTopicCommand({ Name: 'watched' }))).TopicArn!;
    const lonely = (await sns.send(new CreateTopicCommand({ Name: 'lonely' }))).TopicArn!;
    await sns.send(new SubscribeCommand({ TopicArn: watched, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:ap-southeast-2:123456789012:q' }));
    const inv = await collectFromMoto(moto, [topicSubscriptions], ['ap-southeast-2']);
    const subs = inv.get(topicSubscriptions, 'ap-southeast-2');
    if (!subs.ok) throw new Error('expected subscriptions');
    const w = subs.data[watched];
    expect(w.ok && w.data.map((s) => [s.protocol, s.endpoint])).toEqual([['sqs', 'arn:aws:sqs:ap-southeast-2:123456789012:q']]);
    expect(w.ok && w.data.every(isActiveSubscription)).toBe(true);
    expect(subs.data[lonely]).toEqual({ ok: true, data: [] });
  });

  it('a pending confirmation is not an active subscription', () => {
    expect(isActiveSubscription({ subscriptionArn: 'PendingConfirmation', protocol: 'email', endpoint: 'a@example.com' })).toBe(false);
    expect(isActiveSubscription({ subscriptionArn: 'arn:aws:sns:us-east-1:123456789012:t:1f2e', protocol: 'email', endpoint: 'a@example.com' })).toBe(true);
  });

  it('keeps a denied ListSubscriptionsByTopic per topic (aws-sdk-client-mock)', async () => {
    const mock = mockClient(SNSClient);
    const arn = 'arn:aws:sns:us-east-1:123456789012:t';
    try {
      mock.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: arn }] });
      mock.on(ListSubscriptionsByTopicCommand).rejects(Object.assign(new Error('denied'), { name: 'AuthorizationError' }));
      const inv = await collectFromMoto(moto, [topicSubscriptions]);
      const subs = inv.get(topicSubscriptions);
      expect(subs.ok && subs.data[arn]).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'sns:ListSubscriptionsByTopic' } });
    } finally {
      mock.restore();
    }
  });

  it('keeps a denied GetTopicAttributes per topic (aws-sdk-client-mock)', async () => {
    const mock = mockClient(SNSClient);
    const arn = 'arn:aws:sns:us-east-1:123456789012:t';
    try {
      mock.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: arn }] });
      mock.on(GetTopicAttributesCommand).rejects(Object.assign(new Error('denied'), { name: 'AuthorizationError' }));
      const inv = await collectFromMoto(moto, [topics, topicAttributes]);
      expect(inv.get(topics)).toEqual({ ok: true, data: [{ name: 't', arn }] });
      const attrs = inv.get(topicAttributes);
      expect(attrs.ok && attrs.data[arn]).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'sns:GetTopicAttributes' } });
    } finally {
      mock.restore();
    }
  });
});
