/**
 * ECR collectors: the private repositories of a region, and per repository its resource policy and
 * lifecycle policy (each fetched only when a selected check needs it), and the registry's scanning
 * configuration.
 */
import { defineFact, type CollectContext } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';
import type { Result } from '../../core/types.js';

export interface Repository {
  name: string;
  arn: string;
  scanOnPush: boolean;
  /** MUTABLE, IMMUTABLE, or the *_WITH_EXCLUSION variants. */
  tagMutability?: string;
}

export const repositories = defineFact<Repository[]>({
  id: 'ecr.repositories',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:DescribeRepositories',
  async collect(ctx) {
    const { paginateDescribeRepositories } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    const out: Repository[] = [];
    for await (const page of paginateDescribeRepositories({ client: ecr, pageSize: Math.min(ctx.pageSize, 1000) }, {})) {
      for (const r of page.repositories ?? []) {
        if (!r.repositoryName || !r.repositoryArn) continue;
        out.push({ name: r.repositoryName, arn: r.repositoryArn, scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false, tagMutability: r.imageTagMutability });
      }
    }
    return out;
  },
});

/** One optional document per repository: null when AWS answers that there is none (`absent`). */
async function perRepository(
  ctx: CollectContext,
  operation: string,
  absent: string,
  fetch: (name: string) => Promise<string | undefined>,
): Promise<Record<string, Result<string | null>>> {
  const list = await ctx.need(repositories);
  const entries = await Promise.all(
    list.map(async (r) => {
      const doc = await ctx.attempt(operation, async () => {
        try {
          return (await fetch(r.name)) ?? null;
        } catch (err) {
          if (awsErrorCode(err) === absent) return null;
          throw err;
        }
      });
      return [r.arn, doc] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export const repositoryPolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'ecr.repositoryPolicies',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:GetRepositoryPolicy',
  async collect(ctx) {
    const { GetRepositoryPolicyCommand } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    return perRepository(ctx, 'ecr:GetRepositoryPolicy', 'RepositoryPolicyNotFoundException', async (name) => (await ecr.send(new GetRepositoryPolicyCommand({ repositoryName: name }))).policyText);
  },
});

export const lifecyclePolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'ecr.lifecyclePolicies',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:GetLifecyclePolicy',
  async collect(ctx) {
    const { GetLifecyclePolicyCommand } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    return perRepository(ctx, 'ecr:GetLifecyclePolicy', 'LifecyclePolicyNotFoundException', async (name) => (await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: name }))).lifecyclePolicyText);
  },
});

export interface RegistryScanning {
  /** BASIC or ENHANCED. */
  scanType?: string;
  rules: Array<{ frequency?: string; filters: string[] }>;
}

export const registryScanning = defineFact<RegistryScanning>({
  id: 'ecr.registryScanning',
  service: 'ecr',
  scope: 'regional',
  operation: 'ecr:GetRegistryScanningConfiguration',
  async collect(ctx) {
    const { GetRegistryScanningConfigurationCommand } = await import('@aws-sdk/client-ecr');
    const ecr = await ctx.client('ecr');
    const c = (await ecr.send(new GetRegistryScanningConfigurationCommand({}))).scanningConfiguration ?? {};
    return {
      scanType: c.scanType,
      rules: (c.rules ?? []).map((r) => ({ frequency: r.scanFrequency, filters: (r.repositoryFilters ?? []).flatMap((f) => (f.filter ? [f.filter] : [])) })),
    };
  },
});
