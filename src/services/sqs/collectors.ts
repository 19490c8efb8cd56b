/**
 * SQS collectors: the queues of a region (ListQueues) and, as a separate fact, each queue's attributes
 * (GetQueueAttributes per queue, asking only for the policy and encryption attributes).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface Queue {
  name: string;
  url: string;
  arn: string;
}

/** A queue URL is https://sqs.<region>.amazonaws.com/<account>/<name>: the ARN follows from it. */
export function queueFromUrl(url: string, region: string, partition: string, accountId: string): Queue {
  const parts = url.replace(/\/+$/, '').split('/');
  const name = parts[parts.length - 1];
  const account = /^\d{12}$/.test(parts[parts.length - 2] ?? '') ? parts[parts.length - 2] : accountId;
  return { name, url, arn: `arn:${partition}:sqs:${region}:${account}:${name}` };
}

export const queues = defineFact<Queue[]>({
  id: 'sqs.queues',
  service: 'sqs',
  scope: 'regional',
  operation: 'sqs:ListQueues',
  async collect(ctx) {
    const { paginateListQueues } = await import('@aws-sdk/client-sqs');
    const sqs = await ctx.client('sqs');
    const out: Queue[] = [];
    for await (const page of paginateListQueues({ client: sqs, pageSize: Math.min(ctx.pageSize, 1000) }, {})) {
      for (const url of page.QueueUrls ?? []) out.push(queueFromUrl(url, ctx.region, ctx.account.partition, ctx.account.accountId));
    }
    return out;
  },
});

export interface QueueAttributes {
  /** Access policy (JSON text), or null when the queue has none. */
  policy: string | null;
  /** KMS key for SSE-KMS, or null. */
  kmsMasterKeyId: string | null;
  /** SSE with SQS-owned keys. */
  sqsManagedSse: boolean;
}

/** Attributes per queue ARN. */
export const queueAttributes = defineFact<Record<string, Result<QueueAttributes>>>({
  id: 'sqs.queueAttributes',
  service: 'sqs',
  scope: 'regional',
  operation: 'sqs:GetQueueAttributes',
  async collect(ctx) {
    const list = await ctx.need(queues);
    const { GetQueueAttributesCommand } = await import('@aws-sdk/client-sqs');
    const sqs = await ctx.client('sqs');
    const entries = await Promise.all(
      list.map(async (q) => {
        const attrs = await ctx.attempt('sqs:GetQueueAttributes', async () => {
          const a =
            (
              await sqs.send(
                new GetQueueAttributesCommand({ QueueUrl: q.url, AttributeNames: ['Policy', 'KmsMasterKeyId', 'SqsManagedSseEnabled'] }),
              )
            ).Attributes ?? {};
          return { policy: a.Policy || null, kmsMasterKeyId: a.KmsMasterKeyId || null, sqsManagedSse: a.SqsManagedSseEnabled === 'true' };
        });
        return [q.arn, attrs] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
