/**
 * --resource-tag Key=Value and --resource-arn ARN (Prowler 5): report only the findings about these
 * resources. Several tags match any of them (as Prowler does); tags and ARNs together match either.
 * Account-level findings (the account is not a tagged resource) are left out when filtering.
 */
import type { Finding } from '../core/types.js';
import { EXIT, UserError } from './errors.js';

export function resourceFilter(tags: string[] | undefined, arns: string[] | undefined): ((f: Finding) => boolean) | undefined {
  if (!tags?.length && !arns?.length) return undefined;
  const pairs = (tags ?? []).map((t) => {
    const i = t.indexOf('=');
    if (i <= 0) throw new UserError(`--resource-tag ${t}: expected Key=Value`, EXIT.usage);
    return [t.slice(0, i), t.slice(i + 1)] as const;
  });
  for (const a of arns ?? []) if (!/^arn:[^:]+:[^:]+:/.test(a)) throw new UserError(`--resource-arn ${a}: not an ARN (arn:partition:service:region:account:resource)`, EXIT.usage);
  const wanted = new Set(arns ?? []);
  return (f) => wanted.has(f.resource.arn) || pairs.some(([k, v]) => f.resource.tags?.[k] === v);
}
