/**
 * Incident Manager collectors: the replication set (at most one per account; GetReplicationSet for its
 * status) and the response plans of the region.
 */
import { defineFact } from '../../core/fact.js';

export interface IncidentSetup {
  /** The replication set, or null when Incident Manager was never set up. */
  replicationSet: { arn: string; status: string; regions: string[] } | null;
  responsePlans: Array<{ arn: string; name: string }>;
}

export const incidentSetup = defineFact<IncidentSetup>({
  id: 'ssmincidents.setup',
  service: 'ssmincidents',
  scope: 'regional',
  operation: 'ssm-incidents:ListReplicationSets',
  async collect(ctx) {
    const { ListReplicationSetsCommand, GetReplicationSetCommand, paginateListResponsePlans } = await import('@aws-sdk/client-ssm-incidents');
    const client = await ctx.client('ssmincidents');
    const arns = (await client.send(new ListReplicationSetsCommand({}))).replicationSetArns ?? [];
    let replicationSet: IncidentSetup['replicationSet'] = null;
    if (arns[0]) {
      const r = (await client.send(new GetReplicationSetCommand({ arn: arns[0] }))).replicationSet;
      replicationSet = { arn: arns[0], status: r?.status ?? 'UNKNOWN', regions: Object.keys(r?.regionMap ?? {}) };
    }
    const responsePlans: IncidentSetup['responsePlans'] = [];
    for await (const page of paginateListResponsePlans({ client, pageSize: 100 }, {})) {
      for (const p of page.responsePlanSummaries ?? []) if (p.arn) responsePlans.push({ arn: p.arn, name: p.name ?? p.arn });
    }
    return { replicationSet, responsePlans };
  },
});
