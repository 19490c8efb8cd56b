/**
 * Secrets Manager collectors: the secrets of a region (ListSecrets, which also returns tags) and, as a
 * separate fact, each secret's resource policy (GetResourcePolicy per secret). Secret values are never read.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface Secret {
  name: string;
  arn: string;
  tags?: Record<string, string>;
  rotationEnabled?: boolean;
  /** Rotation interval in days, when rotation is configured. */
  rotationDays?: number;
  /** ISO dates, when Secrets Manager returns them. */
  createdDate?: string;
  lastRotatedDate?: string;
  lastChangedDate?: string;
  /** Day (no time) the secret was last read, per Secrets Manager. */
  lastAccessedDate?: string;
  /** Replica of a primary secret in another region. */
  primaryRegion?: string;
}

export const secrets = defineFact<Secret[]>({
  id: 'secretsmanager.secrets',
  service: 'secretsmanager',
  scope: 'regional',
  operation: 'secretsmanager:ListSecrets',
  async collect(ctx) {
    const { paginateListSecrets } = await import('@aws-sdk/client-secrets-manager');
    const sm = await ctx.client('secretsmanager');
    const out: Secret[] = [];
    for await (const page of paginateListSecrets({ client: sm, pageSize: Math.min(ctx.pageSize, 100) }, {})) {
      for (const s of page.SecretList ?? []) {
        if (!s.Name || !s.ARN) continue;
        const tags = Object.fromEntries((s.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? '']));
        const iso = (d: Date | undefined) => d?.toISOString();
        out.push({
          name: s.Name,
          arn: s.ARN,
          ...(Object.keys(tags).length ? { tags } : {}),
          rotationEnabled: !!s.RotationEnabled,
          ...(s.RotationRules?.AutomaticallyAfterDays !== undefined ? { rotationDays: s.RotationRules.AutomaticallyAfterDays } : {}),
          ...(s.CreatedDate ? { createdDate: iso(s.CreatedDate) } : {}),
          ...(s.LastRotatedDate ? { lastRotatedDate: iso(s.LastRotatedDate) } : {}),
          ...(s.LastChangedDate ? { lastChangedDate: iso(s.LastChangedDate) } : {}),
          ...(s.LastAccessedDate ? { lastAccessedDate: iso(s.LastAccessedDate) } : {}),
          ...(s.PrimaryRegion ? { primaryRegion: s.PrimaryRegion } : {}),
        });
      }
    }
    return out;
  },
});

/** Resource policy (JSON text) per secret ARN; null when the secret has none. */
export const secretPolicies = defineFact<Record<string, Result<string | null>>>({
  id: 'secretsmanager.secretPolicies',
  service: 'secretsmanager',
  scope: 'regional',
  operation: 'secretsmanager:GetResourcePolicy',
  async collect(ctx) {
    const list = await ctx.need(secrets);
    const { GetResourcePolicyCommand } = await import('@aws-sdk/client-secrets-manager');
    const sm = await ctx.client('secretsmanager');
    const entries = await Promise.all(
      list.map(async (s) => {
        const policy = await ctx.attempt('secretsmanager:GetResourcePolicy', async () => {
          return (await sm.send(new GetResourcePolicyCommand({ SecretId: s.arn }))).ResourcePolicy || null;
        });
        return [s.arn, policy] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
});
