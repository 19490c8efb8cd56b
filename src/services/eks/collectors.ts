/**
 * EKS collectors: the clusters of a region (ListClusters), each one's configuration (DescribeCluster) and,
 * when a selected check needs them, its managed add-ons (ListAddons, and DescribeAddon for the VPC CNI).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export const clusterList = defineFact<Array<{ arn: string; name: string }>>({
  id: 'eks.clusterList',
  service: 'eks',
  scope: 'regional',
  operation: 'eks:ListClusters',
  async collect(ctx) {
    const { paginateListClusters } = await import('@aws-sdk/client-eks');
    const eks = await ctx.client('eks');
    const out: Array<{ arn: string; name: string }> = [];
    for await (const page of paginateListClusters({ client: eks, pageSize: Math.min(ctx.pageSize, 100) }, {})) {
      // ListClusters answers names; the ARN follows the documented format (DescribeCluster confirms it).
      for (const name of page.clusters ?? []) out.push({ name, arn: `arn:${ctx.account.partition}:eks:${ctx.region}:${ctx.account.accountId}:cluster/${name}` });
    }
    return out;
  },
});

export interface EksCluster {
  name: string;
  arn: string;
  version?: string;
  endpointPublicAccess: boolean;
  endpointPrivateAccess: boolean;
  publicAccessCidrs: string[];
  /** KMS key that encrypts Kubernetes secrets (envelope encryption), if configured. */
  secretsKeyArn?: string;
  enabledLogTypes: string[];
  deletionProtection: boolean;
  /** EKS Auto Mode (computeConfig.enabled): AWS runs the nodes, networking and storage components. */
  autoMode?: boolean;
}

export const clusters = defineFact<Record<string, Result<EksCluster>>>({
  id: 'eks.clusters',
  service: 'eks',
  scope: 'regional',
  operation: 'eks:DescribeCluster',
  async collect(ctx) {
    const list = await ctx.need(clusterList);
    const { DescribeClusterCommand } = await import('@aws-sdk/client-eks');
    const eks = await ctx.client('eks');
    const entries = await Promise.all(
      list.map(async ({ arn, name }) => {
        const r = await ctx.attempt('eks:DescribeCluster', async (): Promise<EksCluster> => {
          const c = (await eks.send(new DescribeClusterCommand({ name }))).cluster ?? {};
          const vpc = c.resourcesVpcConfig ?? {};
          return {
            name,
            arn: c.arn ?? arn,
            version: c.version,
            endpointPublicAccess: vpc.endpointPublicAccess ?? true,
            endpointPrivateAccess: vpc.endpointPrivateAccess ?? false,
            publicAccessCidrs: vpc.publicAccessCidrs ?? [],
            secretsKeyArn: c.encryptionConfig?.find((e) => e.resources?.includes('secrets'))?.provider?.keyArn,
            enabledLogTypes: (c.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []),
            deletionProtection: c.deletionProtection ?? false,
            ...(c.computeConfig?.enabled !== undefined ? { autoMode: c.computeConfig.enabled } : {}),
          };
        });
        return [arn, r] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});

export interface ClusterAddons {
  /** Names of the EKS add-ons installed on the cluster. */
  names: string[];
  /** The Amazon VPC CNI managed add-on, when installed: whether its configuration turns on network policy enforcement. */
  vpcCni?: { version?: string; networkPolicy: boolean };
}

/** enableNetworkPolicy in the VPC CNI add-on's configuration values (JSON or YAML); false when absent or unreadable. */
export async function cniNetworkPolicy(configurationValues: string | undefined): Promise<boolean> {
  if (!configurationValues?.trim()) return false;
  const { parse } = await import('yaml');
  try {
    const doc: unknown = parse(configurationValues, { maxAliasCount: 100 });
    const v = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).enableNetworkPolicy : undefined;
    return v === true || String(v).toLowerCase() === 'true';
  } catch {
    return false;
  }
}

/** The add-ons of each cluster (keyed by cluster ARN); only the VPC CNI is described, and only its network policy flag is kept. */
export const clusterAddons = defineFact<Record<string, Result<ClusterAddons>>>({
  id: 'eks.clusterAddons',
  service: 'eks',
  scope: 'regional',
  operation: 'eks:ListAddons',
  async collect(ctx) {
    const list = await ctx.need(clusterList);
    const { paginateListAddons, DescribeAddonCommand } = await import('@aws-sdk/client-eks');
    const eks = await ctx.client('eks');
    const entries = await Promise.all(
      list.map(async ({ arn, name }) => {
        const names = await ctx.attempt('eks:ListAddons', async () => {
          const out: string[] = [];
          for await (const page of paginateListAddons({ client: eks, pageSize: 100 }, { clusterName: name })) out.push(...(page.addons ?? []));
          return out;
        });
        if (!names.ok || !names.data.includes('vpc-cni')) return [arn, names.ok ? { ok: true as const, data: { names: names.data } } : names] as const;
        const cni = await ctx.attempt('eks:DescribeAddon', async () => {
          const a = (await eks.send(new DescribeAddonCommand({ clusterName: name, addonName: 'vpc-cni' }))).addon ?? {};
          return { ...(a.addonVersion ? { version: a.addonVersion } : {}), networkPolicy: await cniNetworkPolicy(a.configurationValues) };
        });
        return [arn, cni.ok ? { ok: true as const, data: { names: names.data, vpcCni: cni.data } } : cni] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
