/**
 * IAM Access Analyzer collectors. ListAnalyzers without a type filter returns every analyzer of the
 * region (external-access and unused-access, account and organization zone of trust).
 */
import { defineFact } from '../../core/fact.js';

export interface Analyzer {
  arn: string;
  name: string;
  /** ACCOUNT, ORGANIZATION, ACCOUNT_UNUSED_ACCESS, ORGANIZATION_UNUSED_ACCESS, ... */
  type: string;
  /** ACTIVE, CREATING, DISABLED, FAILED. */
  status: string;
}

export const analyzers = defineFact<Analyzer[]>({
  id: 'accessanalyzer.analyzers',
  service: 'accessanalyzer',
  scope: 'regional',
  operation: 'access-analyzer:ListAnalyzers',
  async collect(ctx) {
    const { paginateListAnalyzers } = await import('@aws-sdk/client-accessanalyzer');
    const client = await ctx.client('accessanalyzer');
    const out: Analyzer[] = [];
    for await (const page of paginateListAnalyzers({ client, pageSize: ctx.pageSize }, {})) {
      for (const a of page.analyzers ?? []) {
        out.push({ arn: a.arn ?? '', name: a.name ?? '', type: a.type ?? '', status: a.status ?? '' });
      }
    }
    return out;
  },
});

/** Number of ACTIVE findings per analyzer ARN (first page, up to 100), for active analyzers only. */
export const activeFindings = defineFact<Record<string, import('../../core/types.js').Result<number>>>({
  id: 'accessanalyzer.activeFindings',
  service: 'accessanalyzer',
  scope: 'regional',
  operation: 'access-analyzer:ListFindings',
  async collect(ctx) {
    const { ListFindingsV2Command } = await import('@aws-sdk/client-accessanalyzer');
    const client = await ctx.client('accessanalyzer');
    const list = (await ctx.need(analyzers)).filter((a) => a.status === 'ACTIVE');
    return Object.fromEntries(
      await Promise.all(
        list.map(async (a) => [
          a.arn,
          await ctx.attempt('access-analyzer:ListFindings', async () => {
            const r = await client.send(new ListFindingsV2Command({ analyzerArn: a.arn, maxResults: 100, filter: { status: { eq: ['ACTIVE'] } } }));
            return (r.findings ?? []).length;
          }),
        ]),
      ),
    );
  },
});
