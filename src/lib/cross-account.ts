/**
 * Cross-account reach of a resource policy, shared by the "<resource> cross account access" checks (S3
 * buckets, DynamoDB tables, ...): which Allow statements let principals of other accounts in. The policy
 * grammar itself is src/lib/iam-policy; this file only answers "which other accounts".
 */
import { isPublicPrincipal, parsePolicy, publicStatements } from './iam-policy/index.js';

/** The account id a principal string names: a 12-digit id or an ARN's account field; '*' for everyone. */
export function principalAccount(p: string): string | undefined {
  const v = p.trim();
  if (v === '*') return '*';
  if (/^\d{12}$/.test(v)) return v;
  const parts = v.split(':');
  if (parts.length >= 5 && parts[0] === 'arn') return parts[4] === '*' ? '*' : parts[4] || undefined;
  return undefined;
}

export interface CrossAccountGrant {
  sid?: string;
  /** The other accounts named, or '*' for everyone. */
  accounts: string[];
}

/**
 * Allow statements of a resource policy that reach beyond the owner account: Principal "*" (or an
 * account wildcard) without a condition tying it to the owner account, organisation or network, and AWS
 * principals of other accounts that are not trusted. Service principals (s3.amazonaws.com, ...) are not
 * other accounts. Returns undefined when the text is not a JSON policy.
 */
export function crossAccountGrants(policyText: string, accountId: string, trusted: readonly string[] = []): CrossAccountGrant[] | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(policyText);
  } catch {
    return undefined;
  }
  if (!doc || typeof doc !== 'object') return undefined;
  const ok = new Set([accountId, ...trusted]);
  const out: CrossAccountGrant[] = publicStatements(doc, { accountId }).map((st) => ({ ...(st.sid ? { sid: st.sid } : {}), accounts: ['*'] }));
  for (const st of parsePolicy(doc)) {
    if (st.effect !== 'Allow' || isPublicPrincipal(st)) continue;
    if (!st.principal || st.principal === '*') continue;
    const others = [...new Set((st.principal.AWS ?? []).map(principalAccount).filter((a): a is string => a !== undefined && !ok.has(a)))];
    // Naming another account is a cross-account grant whatever conditions narrow it further.
    if (others.length) out.push({ ...(st.sid ? { sid: st.sid } : {}), accounts: others.sort() });
  }
  return out;
}
