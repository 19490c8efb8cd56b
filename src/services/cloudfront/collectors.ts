/**
 * CloudFront collectors (a global service, collected once).
 *
 * - ListDistributions gives every distribution with its cache behaviors, which name any real-time
 *   log configuration.
 * - Standard (legacy) access logging is only in the distribution config: one GetDistributionConfig per
 *   distribution, each kept as its own Result (it also lists the real-time configs of every behavior).
 * - Standard logging v2 is configured through CloudWatch Logs vended-log deliveries in us-east-1
 *   (a delivery source for the distribution plus a delivery to S3, CloudWatch Logs or Firehose):
 *   DescribeDeliverySources and DescribeDeliveries list them for the whole account in two listings.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

const realtimeArns = (behaviors: Array<{ RealtimeLogConfigArn?: string } | undefined>): string[] => [
  ...new Set(behaviors.map((b) => b?.RealtimeLogConfigArn).filter((a): a is string => Boolean(a))),
];

export interface Distribution {
  id: string;
  arn: string;
  domainName: string;
  aliases: string[];
  /** Real-time log configurations attached to the default or any other cache behavior. */
  realtimeLogConfigArns: string[];
}

export const distributions = defineFact<Distribution[]>({
  id: 'cloudfront.distributions',
  service: 'cloudfront',
  scope: 'global',
  operation: 'cloudfront:ListDistributions',
  async collect(ctx) {
    const { paginateListDistributions } = await import('@aws-sdk/client-cloudfront');
    const client = await ctx.client('cloudfront');
    const out: Distribution[] = [];
    for await (const page of paginateListDistributions({ client, pageSize: 100 }, {})) {
      for (const d of page.DistributionList?.Items ?? []) {
        if (!d.Id) continue;
        const behaviors = [d.DefaultCacheBehavior, ...(d.CacheBehaviors?.Items ?? [])];
        out.push({
          id: d.Id,
          arn: d.ARN ?? `arn:${ctx.account.partition}:cloudfront::${ctx.account.accountId}:distribution/${d.Id}`,
          domainName: d.DomainName ?? '',
          aliases: d.Aliases?.Items ?? [],
          realtimeLogConfigArns: realtimeArns(behaviors),
        });
      }
    }
    return out;
  },
});

export interface DistributionLogging {
  /** Standard (legacy) logging to S3. */
  enabled: boolean;
  bucket?: string;
  /** Real-time log configurations of the cache behaviors, as the full config states them. */
  realtimeLogConfigArns: string[];
}

/** Distribution id -> its logging settings from the distribution config. */
export const distributionLogging = defineFact<Record<string, Result<DistributionLogging>>>({
  id: 'cloudfront.distributionLogging',
  service: 'cloudfront',
  scope: 'global',
  operation: 'cloudfront:GetDistributionConfig',
  async collect(ctx) {
    const { GetDistributionConfigCommand } = await import('@aws-sdk/client-cloudfront');
    const list = await ctx.need(distributions);
    const client = await ctx.client('cloudfront');
    const entries = await Promise.all(
      list.map(async (d) => {
        const r = await ctx.attempt('cloudfront:GetDistributionConfig', async () => {
          const { DistributionConfig: c } = await client.send(new GetDistributionConfigCommand({ Id: d.id }));
          const enabled = Boolean(c?.Logging?.Enabled);
          return {
            enabled,
            ...(enabled && c?.Logging?.Bucket ? { bucket: c.Logging.Bucket } : {}),
            realtimeLogConfigArns: realtimeArns([c?.DefaultCacheBehavior, ...(c?.CacheBehaviors?.Items ?? [])]),
          };
        });
        return [d.id, r] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

export interface LogDelivery {
  /** The distribution ARN the delivery source covers. */
  resourceArn: string;
  logType: string;
  destinationType?: string;
  destinationArn?: string;
}

/** CloudFront log deliveries (standard logging v2) of the account: one entry per (distribution, delivery). */
export const logDeliveries = defineFact<LogDelivery[]>({
  id: 'cloudfront.logDeliveries',
  service: 'logs',
  scope: 'global',
  operation: 'logs:DescribeDeliverySources',
  async collect(ctx) {
    const { paginateDescribeDeliverySources, paginateDescribeDeliveries } = await import('@aws-sdk/client-cloudwatch-logs');
    // CloudFront's vended logs are configured in us-east-1 of the commercial partition.
    const logs = await ctx.client('logs', ctx.account.partition === 'aws' ? 'us-east-1' : ctx.region);
    const sources = new Map<string, { resourceArns: string[]; logType: string }>();
    for await (const page of paginateDescribeDeliverySources({ client: logs, pageSize: 50 }, {})) {
      for (const s of page.deliverySources ?? []) {
        if (s.name && s.service === 'cloudfront') sources.set(s.name, { resourceArns: s.resourceArns ?? [], logType: s.logType ?? '' });
      }
    }
    if (sources.size === 0) return [];
    const deliveries = [];
    try {
      for await (const page of paginateDescribeDeliveries({ client: logs, pageSize: 50 }, {})) deliveries.push(...(page.deliveries ?? []));
    } catch (err) {
      // Keep the AWS error code, and say which of the two listings failed.
      if (err instanceof Error) err.message = `logs:DescribeDeliveries: ${err.message}`;
      throw err;
    }
    const out: LogDelivery[] = [];
    for (const d of deliveries) {
      const source = d.deliverySourceName ? sources.get(d.deliverySourceName) : undefined;
      for (const resourceArn of source?.resourceArns ?? []) {
        out.push({
          resourceArn,
          logType: source?.logType ?? '',
          ...(d.deliveryDestinationType ? { destinationType: d.deliveryDestinationType } : {}),
          ...(d.deliveryDestinationArn ? { destinationArn: d.deliveryDestinationArn } : {}),
        });
      }
    }
    return out;
  },
});
