/**
 * Trusted Advisor collectors, through the AWS Support API (served from us-east-1 in the commercial
 * partition). Without a Business, Enterprise On-Ramp or Enterprise support plan the API refuses every
 * call with SubscriptionRequiredException: that is an answer (basic plan), not an error.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';
import type { Result } from '../../core/types.js';

const NO_PLAN = 'SubscriptionRequiredException';
const supportRegion = (partition: string) => (partition === 'aws-cn' ? 'cn-north-1' : partition === 'aws-us-gov' ? 'us-gov-west-1' : 'us-east-1');

export const supportPlan = defineFact<{ premium: boolean }>({
  id: 'trustedadvisor.supportPlan',
  service: 'support',
  scope: 'global',
  operation: 'support:DescribeServices',
  async collect(ctx) {
    const { DescribeServicesCommand } = await import('@aws-sdk/client-support');
    const support = await ctx.client('support', supportRegion(ctx.account.partition));
    try {
      await support.send(new DescribeServicesCommand({ language: 'en' }));
      return { premium: true };
    } catch (err) {
      if (awsErrorCode(err) === NO_PLAN) return { premium: false };
      throw err;
    }
  },
});

export interface AdvisorCheck {
  id: string;
  name: string;
  category: string;
  /** ok, warning, error or not_available. */
  status: Result<string>;
  flaggedResources: number;
}

/** Every Trusted Advisor check with its current status; null when the support plan gives no API access. */
export const advisorChecks = defineFact<AdvisorCheck[] | null>({
  id: 'trustedadvisor.checks',
  service: 'support',
  scope: 'global',
  operation: 'support:DescribeTrustedAdvisorChecks',
  async collect(ctx) {
    const { DescribeTrustedAdvisorChecksCommand, DescribeTrustedAdvisorCheckResultCommand } = await import('@aws-sdk/client-support');
    const support = await ctx.client('support', supportRegion(ctx.account.partition));
    let checks;
    try {
      checks = (await support.send(new DescribeTrustedAdvisorChecksCommand({ language: 'en' }))).checks ?? [];
    } catch (err) {
      if (awsErrorCode(err) === NO_PLAN) return null;
      throw err;
    }
    return Promise.all(
      checks.map(async (c): Promise<AdvisorCheck> => {
        let flagged = 0;
        const status = await ctx.attempt('support:DescribeTrustedAdvisorCheckResult', async () => {
          const r = (await support.send(new DescribeTrustedAdvisorCheckResultCommand({ checkId: c.id, language: 'en' }))).result;
          flagged = r?.resourcesSummary?.resourcesFlagged ?? 0;
          return r?.status ?? 'not_available';
        });
        return { id: c.id ?? '', name: c.name ?? c.id ?? '', category: c.category ?? '', status, flaggedResources: flagged };
      }),
    );
  },
});
