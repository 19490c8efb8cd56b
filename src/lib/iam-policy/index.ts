/**
 * A small, pure IAM policy analyser: parse identity and resource policies into normalised statements and
 * answer the questions checks ask (is it public, does it grant full admin, does it deny plain HTTP).
 * No AWS calls. It is deliberately conservative: when it cannot be sure a condition narrows access,
 * it treats the condition as not narrowing.
 */

export interface Condition {
  /** As written, e.g. 'StringEquals', 'ForAnyValue:StringLike', 'Bool', 'IpAddress', 'ArnLikeIfExists'. */
  operator: string;
  /** Lower-cased, e.g. 'aws:sourceaccount'. */
  key: string;
  values: string[];
}

export interface Statement {
  effect: 'Allow' | 'Deny';
  sid?: string;
  principal?: '*' | Record<string, string[]>;
  notPrincipal?: '*' | Record<string, string[]>;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  conditions: Condition[];
}

// ---------------------------------------------------------------------------------------------------
// Parsing

const toStrings = (v: unknown): string[] | undefined => {
  if (v === undefined || v === null) return undefined;
  const arr = Array.isArray(v) ? v : [v];
  return arr.filter((x) => x !== null && x !== undefined).map((x) => String(x));
};

function parsePrincipal(v: unknown): '*' | Record<string, string[]> | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim() === '*' ? '*' : { AWS: [v] };
  if (Array.isArray(v)) return { AWS: toStrings(v) ?? [] };
  if (typeof v === 'object') {
    const out: Record<string, string[]> = {};
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = toStrings(val) ?? [];
    return out;
  }
  return undefined;
}

function parseConditions(v: unknown): Condition[] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  const out: Condition[] = [];
  for (const [operator, block] of Object.entries(v as Record<string, unknown>)) {
    if (!block || typeof block !== 'object' || Array.isArray(block)) continue;
    for (const [key, values] of Object.entries(block as Record<string, unknown>)) {
      out.push({ operator, key: key.toLowerCase(), values: toStrings(values) ?? [] });
    }
  }
  return out;
}

function parseStatement(raw: unknown): Statement | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const s = raw as Record<string, unknown>;
  const effect = String(s.Effect ?? '').toLowerCase();
  if (effect !== 'allow' && effect !== 'deny') return undefined;
  const st: Statement = { effect: effect === 'allow' ? 'Allow' : 'Deny', conditions: parseConditions(s.Condition) };
  if (typeof s.Sid === 'string') st.sid = s.Sid;
  const principal = parsePrincipal(s.Principal);
  if (principal) st.principal = principal;
  const notPrincipal = parsePrincipal(s.NotPrincipal);
  if (notPrincipal) st.notPrincipal = notPrincipal;
  const fields = [
    ['Action', 'actions'],
    ['NotAction', 'notActions'],
    ['Resource', 'resources'],
    ['NotResource', 'notResources'],
  ] as const;
  for (const [from, to] of fields) {
    const v = toStrings(s[from]);
    if (v) st[to] = v;
  }
  return st;
}

/** Parse a JSON string (plain or URL-encoded, as IAM returns it) or an object into a document object. */
function toDocument(doc: unknown): unknown {
  if (typeof doc !== 'string') return doc;
  const text = doc.trim();
  if (!text) return undefined;
  const attempts = [text];
  if (!text.startsWith('{') && !text.startsWith('[')) {
    try {
      attempts.push(decodeURIComponent(text));
    } catch {
      /* not URL-encoded */
    }
  }
  for (const t of attempts) {
    try {
      return JSON.parse(t);
    } catch {
      /* try the next form */
    }
  }
  return undefined;
}

/**
 * Normalise a policy document into statements. Accepts a JSON string (also URL-encoded), a parsed object
 * ({Statement: ...}, a bare statement array, or a single statement), or undefined/null (no statements).
 * Unparseable input yields no statements; statements without a valid Effect are dropped.
 */
export function parsePolicy(doc: unknown): Statement[] {
  const parsed = toDocument(doc);
  if (!parsed || typeof parsed !== 'object') return [];
  let raw: unknown;
  if (Array.isArray(parsed)) raw = parsed;
  else if ('Statement' in parsed) raw = (parsed as { Statement: unknown }).Statement;
  else if ('Effect' in parsed) raw = parsed;
  else return [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map(parseStatement).filter((s): s is Statement => s !== undefined);
}

// ---------------------------------------------------------------------------------------------------
// Matching

const globCache = new Map<string, RegExp>();

/** Case-insensitive glob match with IAM's `*` (any run) and `?` (one character) wildcards. */
export function globMatches(pattern: string, value: string): boolean {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 'is');
    if (globCache.size > 5000) globCache.clear();
    globCache.set(pattern, re);
  }
  return re.test(value);
}

/** Does an Action pattern (e.g. 's3:Get*', '*') match an action (e.g. 's3:GetObject')? Case-insensitive. */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatches(pattern.trim(), action.trim());
}

/**
 * Could the two action patterns match a common action? Exact for a concrete action; for two wildcard
 * patterns it answers whether either pattern matches the other as text (good enough for 's3:*' vs 's3:Get*').
 */
function actionsOverlap(a: string, b: string): boolean {
  return actionMatches(a, b) || actionMatches(b, a);
}

/**
 * Does the statement allow `action` (which may itself be a pattern such as 's3:Put*')?
 * Allow + Action: some Action pattern matches. Allow + NotAction: no NotAction pattern covers it.
 * Ignores principals, resources and conditions.
 */
export function statementAllows(st: Statement, action: string): boolean {
  if (st.effect !== 'Allow') return false;
  if (st.actions) return st.actions.some((p) => actionsOverlap(p, action));
  if (st.notActions) return !st.notActions.some((p) => actionMatches(p, action));
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Principals and conditions

const isStar = (v: string) => v.trim() === '*';

/**
 * Is the statement addressed to everyone? True for Principal "*" and Principal {"AWS": "*"} (also inside
 * an array), and for an Allow with NotPrincipal (which grants everyone except the listed principals).
 * A Deny with NotPrincipal is not "public": it denies everyone else.
 */
export function isPublicPrincipal(st: Statement): boolean {
  if (st.principal === '*') return true;
  // An ARN with a wildcard account (arn:aws:iam::*:root, as EventBridge stores "--principal '*'") names everyone.
  if (st.principal && (st.principal.AWS ?? []).some((p) => isStar(p) || /^arn:[^:]*:iam::\*:/.test(p.trim()))) return true;
  if (st.principal && (st.principal.CanonicalUser ?? []).some(isStar)) return true;
  if (st.effect === 'Allow' && st.notPrincipal) return true;
  return false;
}

/** Condition keys that tie the caller (or calling resource) to an account. */
const ACCOUNT_KEYS = new Set(['aws:sourceaccount', 'aws:sourceowner', 'aws:principalaccount', 'kms:calleraccount']);
/** Keys that tie the caller to an organisation id. */
const ORG_ID_KEYS = new Set(['aws:principalorgid', 'aws:sourceorgid']);
/** Keys that tie the caller to an organisation path ('o-xxx/r-xxx/ou-xxx/...'). */
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths']);
/** Keys that tie the request to a network endpoint the owner controls. */
const NETWORK_KEYS = new Set(['aws:sourcevpc', 'aws:sourcevpce']);
const ARN_KEYS = new Set(['aws:sourcearn', 'aws:principalarn']);

const hasWildcard = (v: string) => v.includes('*') || v.includes('?');

/** Account id of an ARN (5th field), if it is a concrete 12-digit id. */
function arnAccount(arn: string): string | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0].toLowerCase() !== 'arn') return undefined;
  return /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

/** Is this single value a concrete restriction for the key? */
function valueRestricts(key: string, value: string, accountId?: string): boolean {
  const v = value.trim();
  if (!v) return false;
  if (ACCOUNT_KEYS.has(key)) {
    if (hasWildcard(v) || !/^\d{12}$/.test(v)) return false;
    return accountId ? v === accountId : true;
  }
  if (ORG_ID_KEYS.has(key)) return !hasWildcard(v);
  if (ORG_PATH_KEYS.has(key)) {
    const org = v.split('/')[0];
    return /^o-[a-z0-9]+$/i.test(org);
  }
  if (NETWORK_KEYS.has(key)) return !hasWildcard(v);
  if (ARN_KEYS.has(key)) {
    const acct = arnAccount(v);
    if (!acct) return false;
    return accountId ? acct === accountId : true;
  }
  if (key === 'aws:sourceip') {
    // Any CIDR narrower than the whole address space counts; '0.0.0.0/0' and '::/0' do not.
    return !/\/0$/.test(v) && v !== '0.0.0.0' && v !== '::';
  }
  return false;
}

const POSITIVE_OPERATORS = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike',
  'ipaddress',
]);
const NEGATED_OPERATORS = new Set(['stringnotequals', 'stringnotequalsignorecase', 'stringnotlike', 'arnnotequals', 'arnnotlike', 'notipaddress']);

/** Split 'ForAnyValue:StringEqualsIfExists' into its parts. */
function splitOperator(operator: string): { setOp?: 'any' | 'all'; base: string; ifExists: boolean } {
  let op = operator.trim().toLowerCase();
  let setOp: 'any' | 'all' | undefined;
  if (op.startsWith('foranyvalue:')) {
    setOp = 'any';
    op = op.slice('foranyvalue:'.length);
  } else if (op.startsWith('forallvalues:')) {
    setOp = 'all';
    op = op.slice('forallvalues:'.length);
  }
  const ifExists = op.endsWith('ifexists');
  if (ifExists) op = op.slice(0, -'ifexists'.length);
  return { setOp, base: op, ifExists };
}

/**
 * Does this condition, in an Allow, narrow the grant to a known account, organisation, network or source?
 * IfExists and ForAllValues variants are not restrictive (they pass when the key is absent); negated
 * operators are not restrictive in an Allow. Every value must be a concrete restriction.
 */
function conditionRestricts(c: Condition, accountId?: string): boolean {
  const { setOp, base, ifExists } = splitOperator(c.operator);
  if (ifExists || setOp === 'all' || !POSITIVE_OPERATORS.has(base)) return false;
  if (base === 'ipaddress' && c.key !== 'aws:sourceip') return false;
  if (c.values.length === 0) return false;
  return c.values.every((v) => valueRestricts(c.key, v, accountId));
}

/**
 * Does some condition of the statement restrict who can use it to a specific account, organisation,
 * VPC/endpoint, source ARN (that names an account) or IP range? With `accountId`, account-type
 * restrictions only count when they name that account (cross-account is then treated as exposure);
 * without it, any concrete account counts.
 */
export function hasRestrictiveCondition(st: Statement, accountId?: string): boolean {
  return st.conditions.some((c) => conditionRestricts(c, accountId));
}

/**
 * Does this one condition, in an Allow, really narrow access (to an account, organisation, network,
 * source ARN or IP range)? Exposed so callers can ask about specific keys (the confused-deputy keys).
 */
export const conditionNarrows = (c: Condition, accountId?: string): boolean => conditionRestricts(c, accountId);

/**
 * In a Deny, a negated restrictive condition ("deny unless the request comes from X") narrows every Allow
 * it covers. StringNotEquals and friends deny also when the key is absent, so they count; IfExists ones do not.
 */
function denyRestricts(c: Condition, accountId?: string): boolean {
  const { setOp, base, ifExists } = splitOperator(c.operator);
  if (ifExists || setOp || !NEGATED_OPERATORS.has(base)) return false;
  if (base === 'notipaddress' && c.key !== 'aws:sourceip') return false;
  if (c.values.length === 0) return false;
  return c.values.every((v) => valueRestricts(c.key, v, accountId));
}

const coversAll = (patterns: string[] | undefined, values: string[]) =>
  !!patterns && values.every((v) => patterns.some((p) => globMatches(p, v)));

/**
 * Is a public Allow neutralised by a public Deny that covers all its actions and resources and either has
 * no condition or only denies requests that do not come from a restricted source? A Deny's conditions
 * must all hold for it to apply, so every one of them must be such a negated restriction: one unrelated
 * condition (say aws:SecureTransport false) leaves the requests it does not match allowed.
 */
function neutralisedByDeny(allow: Statement, denies: Statement[], accountId?: string): boolean {
  const allowActions = allow.actions ?? ['*'];
  const allowResources = allow.resources ?? ['*'];
  return denies.some(
    (d) =>
      !d.notActions &&
      !d.notResources &&
      !d.notPrincipal &&
      coversAll(d.actions, allowActions) &&
      coversAll(d.resources, allowResources) &&
      d.conditions.every((c) => denyRestricts(c, accountId)),
  );
}

export interface PublicPolicyOptions {
  /** The owner account: account-type conditions only narrow access when they name it. */
  accountId?: string;
  /** Only statements allowing at least one of these actions count (wildcards allowed on both sides). */
  actions?: string[];
}

/**
 * The Allow statements that let anyone (any AWS account or anonymous callers) in: each names a public
 * principal without a restrictive condition and is not neutralised by a matching public Deny.
 */
export function publicStatements(doc: unknown, opts: PublicPolicyOptions = {}): Statement[] {
  const statements = parsePolicy(doc);
  const denies = statements.filter((s) => s.effect === 'Deny' && isPublicPrincipal(s));
  return statements.filter(
    (st) =>
      st.effect === 'Allow' &&
      isPublicPrincipal(st) &&
      !hasRestrictiveCondition(st, opts.accountId) &&
      (!opts.actions || opts.actions.some((a) => statementAllows(st, a))) &&
      !neutralisedByDeny(st, denies, opts.accountId),
  );
}

/** Does the policy let anyone (any AWS account or anonymous callers) in? See `publicStatements`. */
export const isPublicPolicy = (doc: unknown, opts: PublicPolicyOptions = {}): boolean => publicStatements(doc, opts).length > 0;

// ---------------------------------------------------------------------------------------------------
// Identity policy questions

const isAllActions = (a: string) => a.trim() === '*' || a.trim() === '*:*';

/**
 * Does the policy grant full administrative access: an Allow of Action "*" (or "*:*") on Resource "*",
 * or an Allow with NotAction on Resource "*" that still allows IAM policy writes (admin-equivalent)?
 * An unconditional Deny of "*" on "*" cancels it.
 */
export function grantsFullAdmin(doc: unknown): boolean {
  const statements = parsePolicy(doc);
  const cancelled = statements.some(
    (s) =>
      s.effect === 'Deny' &&
      s.conditions.length === 0 &&
      !s.notPrincipal &&
      (s.actions ?? []).some(isAllActions) &&
      (s.resources ?? []).some(isStar),
  );
  if (cancelled) return false;
  return statements.some((s) => {
    if (s.effect !== 'Allow' || !(s.resources ?? []).some(isStar)) return false;
    if (s.actions) return s.actions.some(isAllActions);
    // NotAction on every resource is admin-equivalent only while IAM itself stays allowed (whoever may
    // write IAM policies can grant themselves the rest). PowerUserAccess, which excludes iam:*, is not.
    return !!s.notActions && !s.notActions.some((p) => isAllActions(p) || actionMatches(p, 'iam:PutUserPolicy') || actionMatches(p, 'iam:AttachRolePolicy'));
  });
}

/**
 * Does the (bucket) policy deny requests over plain HTTP: a Deny to every principal, covering all S3
 * actions (s3:* or *), on the bucket's objects (a resource ending in '/*' or '*'), conditioned on
 * Bool/BoolIfExists aws:SecureTransport = false?
 */
export function deniesInsecureTransport(doc: unknown): boolean {
  return parsePolicy(doc).some(
    (s) =>
      s.effect === 'Deny' &&
      isPublicPrincipal(s) &&
      (s.actions ?? []).some((a) => actionMatches(a, 's3:*')) &&
      (s.resources ?? []).some((r) => isStar(r) || r.trim().endsWith('/*')) &&
      s.conditions.some((c) => {
        const op = c.operator.trim().toLowerCase();
        return (
          (op === 'bool' || op === 'boolifexists') &&
          c.key === 'aws:securetransport' &&
          c.values.some((v) => v.trim().toLowerCase() === 'false')
        );
      }),
  );
}

export * from './evaluate.js';
export * from './escalation.js';
export * from './trust.js';
