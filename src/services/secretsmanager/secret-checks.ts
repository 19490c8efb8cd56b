/** One finding per secret of every scanned region (replicas are judged where their primary lives). */
import type { EvalContext } from '../../core/check.js';
import { listed } from '../../lib/resource-policy.js';
import { secrets, type Secret } from './collectors.js';

const DAY = 86_400_000;
export const daysSince = (iso: string, now: Date) => Math.floor((now.getTime() - new Date(iso).getTime()) / DAY);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runSecretCheck(ctx: EvalContext<any>, judge: (s: Secret) => [boolean, string]): void {
  for (const { region, result } of ctx.regional(secrets)) {
    for (const s of listed(ctx, region, result, 'Secrets Manager secrets')) {
      if (s.primaryRegion && s.primaryRegion !== region) continue;
      const resource = { arn: s.arn, id: s.name, name: s.name, region, ...(s.tags ? { tags: s.tags } : {}) };
      const [ok, message] = judge(s);
      if (ok) ctx.pass(resource, message);
      else ctx.fail(resource, message);
    }
  }
}
