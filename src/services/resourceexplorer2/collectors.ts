/** Resource Explorer collectors: the indexes of the account (ListIndexes answers for every region at once). */
import { defineFact } from '../../core/fact.js';

export interface ExplorerIndex {
  arn: string;
  region: string;
  /** LOCAL or AGGREGATOR. */
  type: string;
}

export const indexes = defineFact<ExplorerIndex[]>({
  id: 'resourceexplorer2.indexes',
  service: 'resourceexplorer2',
  scope: 'global',
  operation: 'resource-explorer-2:ListIndexes',
  async collect(ctx) {
    const { paginateListIndexes } = await import('@aws-sdk/client-resource-explorer-2');
    const client = await ctx.client('resourceexplorer2');
    const out: ExplorerIndex[] = [];
    for await (const page of paginateListIndexes({ client, pageSize: 100 }, {})) {
      for (const i of page.Indexes ?? []) if (i.Arn) out.push({ arn: i.Arn, region: i.Region ?? '', type: i.Type ?? 'LOCAL' });
    }
    return out;
  },
});
