/**
 * What makes a secret's resource policy restrictive, following the Secrets Manager documentation's
 * examples: an explicit Deny of reading the secret to every principal except the intended ones
 * (a negated condition on aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalOrgID/OrgPaths, or
 * aws:SourceVpce/SourceVpc), and no Allow that opens it to everyone or to accounts that are not ours.
 * Pure: statements come from src/lib/iam-policy, account relations from its trust context.
 */
import { accountRelation, actionMatches, hasRestrictiveCondition, isPublicPrincipal, parsePolicy, statementAllows, type Condition, type Statement, type TrustContext } from '../../lib/iam-policy/index.js';

export const READ_ACTION = 'secretsmanager:GetSecretValue';

export interface PolicyContext extends TrustContext {
  /** organizations_trusted_ids: Organization ids, besides our own, whose principals count as ours. */
  trustedOrganizationIds: string[];
}

export type Restriction = { restrictive: true; how: string } | { restrictive: false; why: string };

const NEGATED = new Set(['stringnotequals', 'stringnotequalsignorecase', 'stringnotlike', 'arnnotequals', 'arnnotlike']);
const hasWildcard = (v: string) => v.includes('*') || v.includes('?');

function accountOfArn(arn: string): string | undefined {
  const parts = arn.trim().split(':');
  return parts[0] === 'arn' && parts.length >= 6 && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

/** "Deny unless the caller is one of ours (or comes through our network endpoint)": which principal or network key it uses. */
function denyExceptOurs(c: Condition, t: PolicyContext): string | undefined {
  const op = c.operator.trim().toLowerCase();
  // IfExists passes when the key is absent, and set operators change the meaning: neither confines.
  if (op.includes(':') || op.endsWith('ifexists') || !NEGATED.has(op) || !c.values.length) return undefined;
  const ours = (acct: string | undefined) => !!acct && accountRelation(acct, t) !== 'external';
  const orgs = new Set([...(t.organizationId ? [t.organizationId] : []), ...t.trustedOrganizationIds]);
  switch (c.key) {
    case 'aws:principalarn':
      return c.values.every((v) => ours(accountOfArn(v))) ? 'named principals' : undefined;
    case 'aws:principalaccount':
      return c.values.every((v) => ours(v.trim())) ? 'our accounts' : undefined;
    case 'aws:principalorgid':
      return c.values.every((v) => orgs.has(v.trim())) ? 'our Organization' : undefined;
    case 'aws:principalorgpaths':
      return c.values.every((v) => orgs.has(v.trim().split('/')[0])) ? 'our Organization' : undefined;
    case 'aws:sourcevpce':
    case 'aws:sourcevpc':
      return c.values.every((v) => v.trim() && !hasWildcard(v)) ? 'a VPC endpoint or VPC' : undefined;
    default:
      return undefined;
  }
}

/** Does a Deny statement cover reading the secret for every principal? */
function deniesReadToAll(st: Statement): boolean {
  if (st.effect !== 'Deny') return false;
  const everyone = st.principal === '*' || (st.principal?.AWS ?? []).some((p) => p.trim() === '*') || !!st.notPrincipal;
  if (!everyone) return false;
  if (st.actions) return st.actions.some((p) => actionMatches(p, READ_ACTION));
  if (st.notActions) return !st.notActions.some((p) => actionMatches(p, READ_ACTION));
  return false;
}

/** Allow statements that let everyone, or an account that is not ours, read the secret. */
function openGrants(statements: Statement[], t: PolicyContext): string[] {
  const out: string[] = [];
  for (const st of statements) {
    if (st.effect !== 'Allow' || !statementAllows(st, READ_ACTION) || hasRestrictiveCondition(st, t.accountId)) continue;
    if (isPublicPrincipal(st)) {
      out.push('everyone');
      continue;
    }
    for (const p of st.principal && st.principal !== '*' ? (st.principal.AWS ?? []) : []) {
      const acct = /^\d{12}$/.test(p.trim()) ? p.trim() : accountOfArn(p);
      if (!acct || accountRelation(acct, t) === 'external') out.push(`account ${acct ?? p}`);
    }
  }
  return [...new Set(out)];
}

/** Judge a secret's resource policy (JSON text; null when the secret has none). Throws on unparseable JSON. */
export function judgeSecretPolicy(policy: string | null, t: PolicyContext): Restriction {
  if (!policy) return { restrictive: false, why: 'has no resource policy, so nothing limits it beyond the identity policies of the account' };
  const statements = parsePolicy(JSON.parse(policy) as unknown);
  const open = openGrants(statements, t);
  if (open.length) return { restrictive: false, why: `has a resource policy that lets ${open.join(', ')} read it` };
  for (const st of statements) {
    if (!deniesReadToAll(st)) continue;
    if (st.notPrincipal && st.notPrincipal !== '*') {
      const named = Object.values(st.notPrincipal).flat();
      if (named.length && named.every((p) => !hasWildcard(p))) return { restrictive: true, how: 'denies reading it to every principal but the ones it names (NotPrincipal)' };
    }
    const how = st.conditions.map((c) => denyExceptOurs(c, t)).find(Boolean);
    if (how) return { restrictive: true, how: `denies reading it to everyone except ${how}` };
  }
  return { restrictive: false, why: 'has a resource policy without an explicit Deny that limits reading it to intended principals' };
}
