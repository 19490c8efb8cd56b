/**
 * Elastic Load Balancing v2 collectors: the load balancers of a region (DescribeLoadBalancers, 400 per
 * page) and, as a separate fact, each one's attributes (DescribeLoadBalancerAttributes has no bulk form,
 * so it is one call per load balancer, each kept as its own Result).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface LoadBalancer {
  arn: string;
  name: string;
  /** application, network or gateway. */
  type: string;
  /** internet-facing or internal. */
  scheme: string;
}

export const loadBalancers = defineFact<LoadBalancer[]>({
  id: 'elbv2.loadBalancers',
  service: 'elbv2',
  scope: 'regional',
  operation: 'elasticloadbalancing:DescribeLoadBalancers',
  async collect(ctx) {
    const { paginateDescribeLoadBalancers } = await import('@aws-sdk/client-elastic-load-balancing-v2');
    const client = await ctx.client('elbv2');
    const out: LoadBalancer[] = [];
    for await (const page of paginateDescribeLoadBalancers({ client, pageSize: 400 }, {})) {
      for (const lb of page.LoadBalancers ?? []) {
        if (!lb.LoadBalancerArn) continue;
        out.push({ arn: lb.LoadBalancerArn, name: lb.LoadBalancerName ?? '', type: lb.Type ?? '', scheme: lb.Scheme ?? '' });
      }
    }
    return out;
  },
});

/** Load balancer ARN -> its attributes (key -> value, e.g. "access_logs.s3.enabled" -> "true"). */
export type LoadBalancerAttributes = Record<string, Result<Record<string, string>>>;

export const loadBalancerAttributes = defineFact<LoadBalancerAttributes>({
  id: 'elbv2.loadBalancerAttributes',
  service: 'elbv2',
  scope: 'regional',
  operation: 'elasticloadbalancing:DescribeLoadBalancerAttributes',
  async collect(ctx) {
    const { DescribeLoadBalancerAttributesCommand } = await import('@aws-sdk/client-elastic-load-balancing-v2');
    const lbs = await ctx.need(loadBalancers);
    const client = await ctx.client('elbv2');
    const entries = await Promise.all(
      lbs.map(async (lb) => {
        const attrs = await ctx.attempt('elasticloadbalancing:DescribeLoadBalancerAttributes', async () => {
          const res = await client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lb.arn }));
          return Object.fromEntries((res.Attributes ?? []).filter((a) => a.Key).map((a) => [a.Key as string, a.Value ?? '']));
        });
        return [lb.arn, attrs] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
