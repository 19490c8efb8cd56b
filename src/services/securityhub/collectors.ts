/**
 * AWS Security Hub collectors. DescribeHub returns the hub of the region when the account is
 * subscribed; otherwise it fails with InvalidAccessException ("Account ... is not subscribed to AWS
 * Security Hub"), which is read as "not enabled". Every other error stays an error.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface Hub {
  enabled: boolean;
  hubArn?: string;
  subscribedAt?: string;
}

export function isNotSubscribed(err: unknown): boolean {
  const message = String((err as { message?: string } | undefined)?.message ?? '');
  return awsErrorCode(err) === 'InvalidAccessException' && /not subscribed/i.test(message);
}

export const hub = defineFact<Hub>({
  id: 'securityhub.hub',
  service: 'securityhub',
  scope: 'regional',
  operation: 'securityhub:DescribeHub',
  async collect(ctx) {
    const { DescribeHubCommand } = await import('@aws-sdk/client-securityhub');
    const client = await ctx.client('securityhub');
    try {
      const h = await client.send(new DescribeHubCommand({}));
      return { enabled: true, ...(h.HubArn ? { hubArn: h.HubArn } : {}), ...(h.SubscribedAt ? { subscribedAt: h.SubscribedAt } : {}) };
    } catch (err) {
      if (isNotSubscribed(err)) return { enabled: false };
      throw err;
    }
  },
});
