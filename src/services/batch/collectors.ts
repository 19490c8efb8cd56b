/**
 * Batch collectors: ACTIVE job definitions, with the environment of every container they define
 * (container, multi-node, ECS and EKS properties) scanned for secrets here; the inventory keeps the
 * variable names and what kind of secret each holds, never the values.
 */
import { defineFact } from '../../core/fact.js';
import { scanKeyValues, type SecretHit } from '../../lib/secrets/index.js';

export interface JobDefinition {
  arn: string;
  name: string;
  revision: number;
  envNames: string[];
  envSecrets: SecretHit[];
}

type Env = Array<{ name?: string; value?: string }> | undefined;

export const jobDefinitions = defineFact<JobDefinition[]>({
  id: 'batch.jobDefinitions',
  service: 'batch',
  scope: 'regional',
  operation: 'batch:DescribeJobDefinitions',
  async collect(ctx) {
    const { paginateDescribeJobDefinitions } = await import('@aws-sdk/client-batch');
    const batch = await ctx.client('batch');
    const out: JobDefinition[] = [];
    for await (const page of paginateDescribeJobDefinitions({ client: batch, pageSize: Math.min(ctx.pageSize, 100) }, { status: 'ACTIVE' })) {
      for (const jd of page.jobDefinitions ?? []) {
        if (!jd.jobDefinitionArn) continue;
        // Every place a job definition can carry a container environment, labelled by container.
        const envs: Array<[string, Env]> = [['container', jd.containerProperties?.environment]];
        for (const [i, n] of (jd.nodeProperties?.nodeRangeProperties ?? []).entries()) envs.push([`node range ${n.targetNodes ?? i}`, n.container?.environment]);
        for (const t of jd.ecsProperties?.taskProperties ?? []) for (const c of t.containers ?? []) envs.push([`container ${c.name ?? ''}`.trim(), c.environment]);
        for (const c of jd.eksProperties?.podProperties?.containers ?? []) envs.push([`container ${c.name ?? ''}`.trim(), c.env]);
        const envNames: string[] = [];
        const envSecrets: SecretHit[] = [];
        for (const [where, env] of envs) {
          if (!env?.length) continue;
          envNames.push(...env.flatMap((e) => (e.name ? [e.name] : [])));
          for (const h of await scanKeyValues(env)) envSecrets.push(envs.length > 1 ? { ...h, location: `${where} ${h.location}` } : h);
        }
        out.push({ arn: jd.jobDefinitionArn, name: jd.jobDefinitionName ?? jd.jobDefinitionArn, revision: jd.revision ?? 0, envNames, envSecrets });
      }
    }
    return out;
  },
});
