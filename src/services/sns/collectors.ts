/**
 * SNS collectors: the topics of a region (ListTopics) and, as a separate fact, each topic's attributes
 * (GetTopicAttributes per topic). One GetTopicAttributes call returns every attribute, so the fact
 * keeps the access policy and the encryption key together rather than calling twice.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface Topic {
  name: string;
  arn: string;
}

export const topics = defineFact<Topic[]>({
  id: 'sns.topics',
  service: 'sns',
  scope: 'regional',
  operation: 'sns:ListTopics',
  async collect(ctx) {
    const { paginateListTopics } = await import('@aws-sdk/client-sns');
    const sns = await ctx.client('sns');
    const out: Topic[] = [];
    for await (const page of paginateListTopics({ client: sns }, {})) {
      for (const t of page.Topics ?? []) {
        if (t.TopicArn) out.push({ name: t.TopicArn.split(':').pop() ?? t.TopicArn, arn: t.TopicArn });
      }
    }
    return out;
  },
});

export interface TopicAttributes {
  /** Access policy (JSON text), or null when the topic has none. */
  policy: string | null;
  /** KMS key used for encryption at rest, or null when the topic is not encrypted. */
  kmsMasterKeyId: string | null;
}

/** Attributes per topic ARN. */
export const topicAttributes = defineFact<Record<string, Result<TopicAttributes>>>({
  id: 'sns.topicAttributes',
  service: 'sns',
  scope: 'regional',
  operation: 'sns:GetTopicAttributes',
  async collect(ctx) {
    const list = await ctx.need(topics);
    const { GetTopicAttributesCommand } = await import('@aws-sdk/client-sns');
    const sns = await ctx.client('sns');
    const entries = await Promise.all(
      list.map(async (t) => {
        const attrs = await ctx.attempt('sns:GetTopicAttributes', async () => {
          const a = (await sns.send(new GetTopicAttributesCommand({ TopicArn: t.arn }))).Attributes ?? {};
          return { policy: a.Policy || null, kmsMasterKeyId: a.KmsMasterKeyId || null };
        });
        return [t.arn, attrs] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

export interface Subscription {
  /** The subscription's ARN, or "PendingConfirmation" while the endpoint has not confirmed it. */
  subscriptionArn: string;
  protocol: string;
  endpoint: string;
}

/** A subscription that delivers: confirmed (its SubscriptionArn is an ARN, not PendingConfirmation or Deleted). */
export const isActiveSubscription = (s: Subscription): boolean => s.subscriptionArn.startsWith('arn:');

/**
 * Subscriptions per topic ARN (ListSubscriptionsByTopic per topic). By topic rather than ListSubscriptions,
 * which lists only the subscriptions this account owns: a subscriber in another account would be missed.
 */
export const topicSubscriptions = defineFact<Record<string, Result<Subscription[]>>>({
  id: 'sns.topicSubscriptions',
  service: 'sns',
  scope: 'regional',
  operation: 'sns:ListSubscriptionsByTopic',
  async collect(ctx) {
    const list = await ctx.need(topics);
    const { paginateListSubscriptionsByTopic } = await import('@aws-sdk/client-sns');
    const sns = await ctx.client('sns');
    const entries = await Promise.all(
      list.map(async (t) => {
        const subs = await ctx.attempt('sns:ListSubscriptionsByTopic', async () => {
          const out: Subscription[] = [];
          for await (const page of paginateListSubscriptionsByTopic({ client: sns }, { TopicArn: t.arn })) {
            for (const s of page.Subscriptions ?? []) {
              out.push({ subscriptionArn: s.SubscriptionArn ?? '', protocol: s.Protocol ?? '', endpoint: s.Endpoint ?? '' });
            }
          }
          return out;
        });
        return [t.arn, subs] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
