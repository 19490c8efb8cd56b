/** MemoryDB collectors: DescribeClusters (paginated). */
import { defineFact } from '../../core/fact.js';

export interface MemoryCluster {
  id: string;
  arn: string;
  engineVersion: string;
  autoMinorVersionUpgrade: boolean;
}

export const clusters = defineFact<MemoryCluster[]>({
  id: 'memorydb.clusters',
  service: 'memorydb',
  scope: 'regional',
  operation: 'memorydb:DescribeClusters',
  async collect(ctx) {
    const { DescribeClustersCommand } = await import('@aws-sdk/client-memorydb');
    const client = await ctx.client('memorydb');
    const out: MemoryCluster[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new DescribeClustersCommand({ NextToken, MaxResults: 100 }));
      for (const c of page.Clusters ?? []) {
        if (!c.Name) continue;
        out.push({
          id: c.Name,
          arn: c.ARN ?? `arn:${ctx.account.partition}:memorydb:${ctx.region}:${ctx.account.accountId}:cluster/${c.Name}`,
          engineVersion: c.EngineVersion ?? '',
          autoMinorVersionUpgrade: Boolean(c.AutoMinorVersionUpgrade),
        });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  },
});
