/**
 * Role trust policies: who may assume the role, and whether a condition narrows it. Used by the
 * cross-account and confused-deputy checks. An account counts as "ours" when it is the owner, listed
 * in trusted_account_ids, or a member of the owner's Organization (when the account list is readable).
 */
import { conditionNarrows, parsePolicy, statementAllows, type Condition, type Statement } from './index.js';

export type TrustKind = 'public' | 'account' | 'service' | 'federated';

export interface TrustGrant {
  kind: TrustKind;
  /** The principal as written: an ARN, account id, service name, provider or '*'. */
  principal: string;
  /** The account of an AWS principal (ARN or id), when it names a concrete one. */
  account?: string;
  statement: Statement;
}

const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'];

function accountOf(principal: string): string | undefined {
  const p = principal.trim();
  if (/^\d{12}$/.test(p)) return p;
  const parts = p.split(':');
  if (parts[0] === 'arn' && parts.length >= 6 && /^\d{12}$/.test(parts[4])) return parts[4];
  return undefined;
}

/** Every principal an Allow statement of the trust policy lets assume the role. */
export function trustGrants(doc: unknown): TrustGrant[] {
  const out: TrustGrant[] = [];
  for (const st of parsePolicy(doc)) {
    if (st.effect !== 'Allow' || !ASSUME_ACTIONS.some((a) => statementAllows(st, a))) continue;
    if (st.notPrincipal || st.principal === '*') {
      out.push({ kind: 'public', principal: '*', statement: st });
      continue;
    }
    for (const [type, values] of Object.entries(st.principal ?? {})) {
      for (const v of values) {
        const t = type.toLowerCase();
        if (t === 'aws') {
          const account = accountOf(v);
          if (v.trim() === '*' || /^arn:[^:]*:iam::\*:/.test(v.trim())) out.push({ kind: 'public', principal: v, statement: st });
          else out.push({ kind: 'account', principal: v, ...(account ? { account } : {}), statement: st });
        } else if (t === 'service') out.push({ kind: 'service', principal: v, statement: st });
        else if (t === 'federated') out.push({ kind: 'federated', principal: v, statement: st });
        else if (t === 'canonicaluser' && v.trim() === '*') out.push({ kind: 'public', principal: v, statement: st });
      }
    }
  }
  return out;
}

export interface TrustContext {
  accountId: string;
  /** trusted_account_ids: accounts treated as our own. */
  trustedAccountIds?: string[];
  /** The Organization's member accounts, when readable (null or undefined when not). */
  organizationAccountIds?: string[] | null;
  /** The owner's Organization id, when known. */
  organizationId?: string;
}

export type AccountRelation = 'self' | 'trusted' | 'organization' | 'external';

export function accountRelation(account: string, t: TrustContext): AccountRelation {
  if (account === t.accountId) return 'self';
  if ((t.trustedAccountIds ?? []).includes(account)) return 'trusted';
  if ((t.organizationAccountIds ?? []).includes(account)) return 'organization';
  return 'external';
}

const positive = (c: Condition) => {
  const op = c.operator.toLowerCase();
  return !op.includes('ifexists') && !op.startsWith('forallvalues:') && !op.includes('not') && (op.includes('equals') || op.includes('like'));
};

/** Does a condition confine the callers to accounts (or the Organization) we count as ours? */
function confinesToOurs(c: Condition, t: TrustContext): boolean {
  if (!positive(c) || !c.values.length) return false;
  const ours = (acct: string | undefined) => !!acct && accountRelation(acct, t) !== 'external';
  switch (c.key) {
    case 'aws:principalaccount':
      return c.values.every((v) => ours(v.trim()));
    case 'aws:principalarn':
      return c.values.every((v) => ours(accountOf(v)));
    case 'aws:principalorgid':
      return !!t.organizationId && c.values.every((v) => v.trim() === t.organizationId);
    case 'aws:principalorgpaths':
      return !!t.organizationId && c.values.every((v) => v.trim().split('/')[0] === t.organizationId);
    default:
      return false;
  }
}

export interface ExternalTrust {
  grant: TrustGrant;
  /** The outside account, or '*' for everyone. */
  account: string;
}

/**
 * AWS principals outside our accounts (not the owner, not trusted, not in the Organization) that may
 * assume the role with no condition confining them to our accounts or Organization. A public principal
 * counts unless such a condition confines it.
 */
export function externalTrust(doc: unknown, t: TrustContext): ExternalTrust[] {
  const out: ExternalTrust[] = [];
  for (const g of trustGrants(doc)) {
    if (g.kind !== 'public' && g.kind !== 'account') continue;
    if (g.statement.conditions.some((c) => confinesToOurs(c, t))) continue;
    if (g.kind === 'public') out.push({ grant: g, account: '*' });
    else if (!g.account) out.push({ grant: g, account: g.principal });
    else if (accountRelation(g.account, t) === 'external') out.push({ grant: g, account: g.account });
  }
  return out;
}

/** The accounts other than the owner that may assume the role (trusted, organization or external). */
export function otherAccountTrust(doc: unknown, t: TrustContext): Array<{ account: string; relation: AccountRelation }> {
  const seen = new Map<string, AccountRelation>();
  for (const g of trustGrants(doc)) {
    if (g.kind === 'public') seen.set('*', 'external');
    else if (g.kind === 'account') {
      const acct = g.account ?? g.principal;
      const rel = g.account ? accountRelation(g.account, t) : 'external';
      if (rel !== 'self') seen.set(acct, rel);
    }
  }
  return [...seen].map(([account, relation]) => ({ account, relation }));
}

const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourceowner']);

/** Does a condition tie the calling service to our own account, source resource or Organization? */
function guardsSource(c: Condition, t: TrustContext): boolean {
  if (!SOURCE_KEYS.has(c.key) || !positive(c) || !c.values.length) return false;
  if (c.key === 'aws:sourcearn') {
    // Resource ARNs of some services (S3) carry no account: a concrete ARN is still a guard.
    return c.values.every((v) => {
      const acct = accountOf(v);
      if (acct) return accountRelation(acct, t) !== 'external';
      const parts = v.trim().split(':');
      // Only an ARN whose account field is empty by design (S3) and which names a concrete resource.
      return parts[0] === 'arn' && parts.length >= 6 && parts[4] === '' && !/[*?]/.test(parts[2]) && !/^[*?]*$/.test(parts.slice(5).join(':'));
    });
  }
  if (c.key === 'aws:sourceaccount' || c.key === 'aws:sourceowner') return c.values.every((v) => /^\d{12}$/.test(v.trim()) && accountRelation(v.trim(), t) !== 'external');
  return conditionNarrows(c, t.accountId);
}

/** Service principals allowed to assume the role without an aws:SourceAccount/SourceArn/SourceOrgID guard. */
export function unguardedServiceTrust(doc: unknown, t: TrustContext): TrustGrant[] {
  return trustGrants(doc).filter((g) => g.kind === 'service' && !g.statement.conditions.some((c) => guardsSource(c, t)));
}
