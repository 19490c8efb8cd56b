/**
 * Service Catalog collectors: the portfolios of a region (ListPortfolios) and, per portfolio, the
 * accounts it is shared with directly (DescribePortfolioShares, type ACCOUNT). Shares to the
 * Organization, an OU or a member account through Organizations stay inside the Organization by
 * construction, so only direct account shares need reading.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface Portfolio {
  id: string;
  arn: string;
  name: string;
}

export const portfolios = defineFact<Portfolio[]>({
  id: 'servicecatalog.portfolios',
  service: 'servicecatalog',
  scope: 'regional',
  operation: 'servicecatalog:ListPortfolios',
  async collect(ctx) {
    const { paginateListPortfolios } = await import('@aws-sdk/client-service-catalog');
    const sc = await ctx.client('servicecatalog');
    const out: Portfolio[] = [];
    for await (const page of paginateListPortfolios({ client: sc, pageSize: 20 }, { PageSize: 20 })) {
      for (const p of page.PortfolioDetails ?? []) {
        if (!p.Id) continue;
        out.push({
          id: p.Id,
          arn: p.ARN ?? `arn:${ctx.account.partition}:catalog:${ctx.region}:${ctx.account.accountId}:portfolio/${p.Id}`,
          name: p.DisplayName ?? p.Id,
        });
      }
    }
    return out;
  },
});

export interface AccountShare {
  account: string;
  accepted: boolean;
}

/** Direct account shares per portfolio ARN. */
export const portfolioAccountShares = defineFact<Record<string, Result<AccountShare[]>>>({
  id: 'servicecatalog.portfolioAccountShares',
  service: 'servicecatalog',
  scope: 'regional',
  operation: 'servicecatalog:DescribePortfolioShares',
  async collect(ctx) {
    const { paginateDescribePortfolioShares } = await import('@aws-sdk/client-service-catalog');
    const sc = await ctx.client('servicecatalog');
    const list = await ctx.need(portfolios);
    const entries = await Promise.all(
      list.map(async (p) => {
        const shares = await ctx.attempt('servicecatalog:DescribePortfolioShares', async () => {
          const out: AccountShare[] = [];
          for await (const page of paginateDescribePortfolioShares({ client: sc, pageSize: 100 }, { PortfolioId: p.id, Type: 'ACCOUNT', PageSize: 100 })) {
            for (const s of page.PortfolioShareDetails ?? []) if (s.PrincipalId) out.push({ account: s.PrincipalId, accepted: !!s.Accepted });
          }
          return out;
        });
        return [p.arn, shares] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
