/** Well-Architected Tool collectors: the workloads of the region with their risk counts (ListWorkloads). */
import { defineFact } from '../../core/fact.js';

export interface Workload {
  id: string;
  arn: string;
  name: string;
  /** Counts per risk level: HIGH, MEDIUM, NONE, UNANSWERED, NOT_APPLICABLE. */
  riskCounts: Record<string, number>;
}

export const workloads = defineFact<Workload[]>({
  id: 'wellarchitected.workloads',
  service: 'wellarchitected',
  scope: 'regional',
  operation: 'wellarchitected:ListWorkloads',
  async collect(ctx) {
    const { paginateListWorkloads } = await import('@aws-sdk/client-wellarchitected');
    const client = await ctx.client('wellarchitected');
    const out: Workload[] = [];
    for await (const page of paginateListWorkloads({ client, pageSize: 50 }, {})) {
      for (const w of page.WorkloadSummaries ?? []) {
        if (!w.WorkloadId) continue;
        out.push({
          id: w.WorkloadId,
          arn: w.WorkloadArn ?? `arn:${ctx.account.partition}:wellarchitected:${ctx.region}:${ctx.account.accountId}:workload/${w.WorkloadId}`,
          name: w.WorkloadName ?? w.WorkloadId,
          riskCounts: { ...(w.RiskCounts ?? {}) } as Record<string, number>,
        });
      }
    }
    return out;
  },
});
