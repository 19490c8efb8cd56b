/** EKS collectors: the clusters of a region (ListClusters) and each one's configuration (DescribeCluster). */
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
          };
        });
        return [arn, r] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
