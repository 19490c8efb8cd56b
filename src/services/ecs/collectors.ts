/**
 * ECS collectors: clusters (with their settings), services and their task sets, and task definitions
 * (every ACTIVE revision, described one by one; container environments are scanned for secrets on the
 * way, so the inventory keeps which variable holds what kind of secret, never the values).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { scanKeyValues, type SecretHit } from '../../lib/secrets/index.js';

export interface EcsCluster {
  arn: string;
  name: string;
  /** containerInsights setting: enabled, enhanced or disabled (absent: disabled). */
  containerInsights?: string;
}

export const clusters = defineFact<EcsCluster[]>({
  id: 'ecs.clusters',
  service: 'ecs',
  scope: 'regional',
  operation: 'ecs:ListClusters',
  async collect(ctx) {
    const { paginateListClusters, DescribeClustersCommand } = await import('@aws-sdk/client-ecs');
    const ecs = await ctx.client('ecs');
    const arns: string[] = [];
    for await (const page of paginateListClusters({ client: ecs, pageSize: Math.min(ctx.pageSize, 100) }, {})) arns.push(...(page.clusterArns ?? []));
    const out: EcsCluster[] = [];
    for (let i = 0; i < arns.length; i += 100) {
      const r = await ecs.send(new DescribeClustersCommand({ clusters: arns.slice(i, i + 100), include: ['SETTINGS'] }));
      for (const c of r.clusters ?? []) {
        if (!c.clusterArn) continue;
        out.push({ arn: c.clusterArn, name: c.clusterName ?? c.clusterArn, containerInsights: c.settings?.find((s) => s.name === 'containerInsights')?.value });
      }
    }
    return out;
  },
});

export interface EcsTaskSet {
  arn: string;
  id: string;
  assignPublicIp?: string;
}

export interface EcsService {
  arn: string;
  name: string;
  clusterArn: string;
  launchType?: string;
  capacityProviders: string[];
  platformVersion?: string;
  platformFamily?: string;
  assignPublicIp?: string;
  taskSets: EcsTaskSet[];
}

export const services = defineFact<EcsService[]>({
  id: 'ecs.services',
  service: 'ecs',
  scope: 'regional',
  operation: 'ecs:DescribeServices',
  async collect(ctx) {
    const list = await ctx.need(clusters);
    const { paginateListServices, DescribeServicesCommand } = await import('@aws-sdk/client-ecs');
    const ecs = await ctx.client('ecs');
    const out: EcsService[] = [];
    for (const cluster of list) {
      const arns: string[] = [];
      for await (const page of paginateListServices({ client: ecs, pageSize: Math.min(ctx.pageSize, 100) }, { cluster: cluster.arn })) arns.push(...(page.serviceArns ?? []));
      for (let i = 0; i < arns.length; i += 10) {
        const r = await ecs.send(new DescribeServicesCommand({ cluster: cluster.arn, services: arns.slice(i, i + 10) }));
        for (const s of r.services ?? []) {
          if (!s.serviceArn) continue;
          out.push({
            arn: s.serviceArn,
            name: s.serviceName ?? s.serviceArn,
            clusterArn: cluster.arn,
            launchType: s.launchType,
            capacityProviders: (s.capacityProviderStrategy ?? []).flatMap((c) => (c.capacityProvider ? [c.capacityProvider] : [])),
            platformVersion: s.platformVersion,
            platformFamily: s.platformFamily,
            assignPublicIp: s.networkConfiguration?.awsvpcConfiguration?.assignPublicIp,
            taskSets: (s.taskSets ?? []).flatMap((t) =>
              t.taskSetArn ? [{ arn: t.taskSetArn, id: t.id ?? t.taskSetArn, assignPublicIp: t.networkConfiguration?.awsvpcConfiguration?.assignPublicIp }] : [],
            ),
          });
        }
      }
    }
    return out;
  },
});

/** ARNs of the ACTIVE task definition revisions. */
export const taskDefinitionList = defineFact<Array<{ arn: string }>>({
  id: 'ecs.taskDefinitionList',
  service: 'ecs',
  scope: 'regional',
  operation: 'ecs:ListTaskDefinitions',
  async collect(ctx) {
    const { paginateListTaskDefinitions } = await import('@aws-sdk/client-ecs');
    const ecs = await ctx.client('ecs');
    const out: Array<{ arn: string }> = [];
    for await (const page of paginateListTaskDefinitions({ client: ecs, pageSize: Math.min(ctx.pageSize, 100) }, { status: 'ACTIVE' })) {
      for (const arn of page.taskDefinitionArns ?? []) out.push({ arn });
    }
    return out;
  },
});

export interface EcsContainer {
  name: string;
  privileged: boolean;
  readonlyRootFilesystem: boolean;
  user?: string;
  logDriver?: string;
  /** The logConfiguration "mode" option: blocking or non-blocking (absent: the default). */
  logMode?: string;
  envNames: string[];
  /** Secrets found in the plain environment (not `secrets`, which are references): kind and name only. */
  envSecrets: SecretHit[];
}

export interface EcsTaskDefinition {
  arn: string;
  family: string;
  revision: number;
  networkMode?: string;
  pidMode?: string;
  ipcMode?: string;
  containers: EcsContainer[];
}

export const taskDefinitions = defineFact<Record<string, Result<EcsTaskDefinition>>>({
  id: 'ecs.taskDefinitions',
  service: 'ecs',
  scope: 'regional',
  operation: 'ecs:DescribeTaskDefinition',
  async collect(ctx) {
    const list = await ctx.need(taskDefinitionList);
    const { DescribeTaskDefinitionCommand } = await import('@aws-sdk/client-ecs');
    const ecs = await ctx.client('ecs');
    const entries = await Promise.all(
      list.map(async ({ arn }) => {
        const def = await ctx.attempt('ecs:DescribeTaskDefinition', async (): Promise<EcsTaskDefinition> => {
          const td = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }))).taskDefinition ?? {};
          const containers: EcsContainer[] = [];
          for (const c of td.containerDefinitions ?? []) {
            const env = c.environment ?? [];
            containers.push({
              name: c.name ?? '(unnamed)',
              privileged: c.privileged ?? false,
              readonlyRootFilesystem: c.readonlyRootFilesystem ?? false,
              user: c.user || undefined,
              logDriver: c.logConfiguration?.logDriver,
              logMode: c.logConfiguration?.options?.mode,
              envNames: env.flatMap((e) => (e.name ? [e.name] : [])),
              envSecrets: await scanKeyValues(env),
            });
          }
          return { arn, family: td.family ?? arn, revision: td.revision ?? 0, networkMode: td.networkMode, pidMode: td.pidMode, ipcMode: td.ipcMode, containers };
        });
        return [arn, def] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
