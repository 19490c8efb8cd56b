/**
 * Service last accessed data (GenerateServiceLastAccessedDetails, then GetServiceLastAccessedDetails
 * until the job completes) for every user and role: which services each may use, and when it last did.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { authorizationDetails } from './policies.js';

export interface ServiceAccess {
  /** Service namespace, e.g. 'bedrock', 'sagemaker'. */
  namespace: string;
  /** ISO date of the last authenticated use, or null if never used (within the tracking period). */
  lastAuthenticated: string | null;
}

export interface EntityAccess {
  kind: 'user' | 'role';
  name: string;
  arn: string;
  path: string;
  services: Result<ServiceAccess[]>;
}

export const serviceLastAccessed = defineFact<EntityAccess[]>({
  id: 'iam.serviceLastAccessed',
  service: 'iam',
  scope: 'global',
  operation: 'iam:GetServiceLastAccessedDetails',
  async collect(ctx) {
    const { GenerateServiceLastAccessedDetailsCommand, GetServiceLastAccessedDetailsCommand } = await import('@aws-sdk/client-iam');
    const iam = await ctx.client('iam');
    const d = await ctx.need(authorizationDetails);
    const entities = [
      ...d.users.map((u) => ({ kind: 'user' as const, name: u.name, arn: u.arn, path: u.path })),
      ...d.roles.map((r) => ({ kind: 'role' as const, name: r.name, arn: r.arn, path: r.path })),
    ];
    return Promise.all(
      entities.map(async (e): Promise<EntityAccess> => ({
        ...e,
        services: await ctx.attempt('iam:GetServiceLastAccessedDetails', async () => {
          const { JobId } = await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: e.arn }));
          for (let attempt = 0; ; attempt++) {
            const out: ServiceAccess[] = [];
            let Marker: string | undefined;
            let status: string | undefined;
            do {
              const page = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId, Marker }));
              status = page.JobStatus;
              if (status === 'FAILED') throw Object.assign(new Error(page.Error?.Message ?? 'job failed'), { name: page.Error?.Code ?? 'JobFailed' });
              if (status !== 'COMPLETED') break;
              for (const s of page.ServicesLastAccessed ?? []) {
                if (s.ServiceNamespace) out.push({ namespace: s.ServiceNamespace, lastAuthenticated: s.LastAuthenticated?.toISOString() ?? null });
              }
              Marker = page.IsTruncated ? page.Marker : undefined;
            } while (Marker);
            if (status === 'COMPLETED') return out;
            if (attempt >= 30) throw Object.assign(new Error('the service last accessed report did not complete'), { name: 'JobTimeout' });
            await new Promise((r) => setTimeout(r, attempt === 0 ? 100 : 1000));
          }
        }),
      })),
    );
  },
});

/**
 * One finding per user or role allowed to use `namespace`: PASS when it used it within `maxDays`,
 * FAIL when it never did or not for longer. Entities without that permission are not reported.
 */
export function judgeStaleAccess(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctx: import('../../core/check.js').EvalContext<any>,
  kind: 'user' | 'role',
  namespace: string,
  label: string,
  maxDays: number,
): void {
  const all = ctx.global(serviceLastAccessed);
  if (!all.ok) return ctx.error(ctx.accountResource(), all.error);
  for (const e of all.data) {
    if (e.kind !== kind || (kind === 'role' && e.path.startsWith('/aws-service-role/'))) continue;
    const resource = { arn: e.arn, id: e.name, name: e.name, region: ctx.homeRegion };
    if (!e.services.ok) {
      ctx.error(resource, e.services.error);
      continue;
    }
    const s = e.services.data.find((x) => x.namespace === namespace);
    if (!s) continue;
    const who = `IAM ${kind} ${e.name}`;
    if (!s.lastAuthenticated) {
      ctx.fail(resource, `${who} has ${label} permissions but has never used them.`);
      continue;
    }
    const days = Math.floor((ctx.now.getTime() - new Date(s.lastAuthenticated).getTime()) / 86_400_000);
    if (days > maxDays) ctx.fail(resource, `${who} has not used its ${label} permissions for ${days} days (more than ${maxDays}).`);
    else ctx.pass(resource, `${who} used ${label} ${days} days ago.`);
  }
}
