/**
 * The identity-policy evaluator: given the statements of one or more policies that apply together (a
 * user's inline, attached and group policies, say), answer "is this action allowed, on what resources,
 * under which conditions". It follows IAM's evaluation logic for one principal:
 *  - an explicit Deny that surely applies (no condition) overrides every Allow;
 *  - an Allow applies when its Action (or NotAction) and Resource (or NotResource) cover the request;
 *  - without an applicable Allow the request is implicitly denied.
 * Conditions are kept: an Allow that holds only under a condition makes the answer 'conditional', and
 * the caller decides whether that condition really narrows access (`narrowingConditions`).
 *
 * A queried action may be a pattern: 'kms:*' asks "every KMS action", '*' asks "every action". A
 * queried resource is a concrete ARN, '*' ("every resource") or omitted ("at least one resource").
 */
import { actionMatches, globMatches, hasRestrictiveCondition, parsePolicy, type Condition, type Statement } from './index.js';

export type Decision = 'allow' | 'conditional' | 'deny' | 'implicit-deny';

export interface Evaluation {
  decision: Decision;
  /** The Allow statements that cover the request (unconditional ones first). */
  allowedBy: Statement[];
  /** The Deny statements that cover the request: unconditional ones decide, conditional ones only may. */
  deniedBy: Statement[];
  /** Conditions under which the request is allowed, when the decision is 'conditional'. */
  conditions: Condition[];
}

export interface Query {
  action: string;
  /** A concrete ARN, '*' for every resource, or undefined for "some resource". */
  resource?: string;
}

const star = (s: string) => s.trim() === '*';

/** Statements of every document (a document, a list of documents, or already parsed statements). */
export function statementsOf(docs: unknown): Statement[] {
  if (Array.isArray(docs) && docs.every((d) => d && typeof d === 'object' && 'effect' in d && 'conditions' in d)) return docs as Statement[];
  if (Array.isArray(docs) && docs.some((d) => d && typeof d === 'object' && ('Statement' in d || typeof d === 'string'))) {
    return docs.flatMap((d) => parsePolicy(d));
  }
  return parsePolicy(docs);
}

/**
 * Does an Action/NotAction block cover every action the (possibly wildcard) query names?
 * Action: some pattern matches the query text ('kms:*' covers 'kms:*' and 'kms:Decrypt'; 'kms:Get*' does
 * not cover 'kms:*'). NotAction: no excluded pattern touches any action of the query.
 */
function coversAction(st: Statement, action: string): boolean {
  if (st.actions) return st.actions.some((p) => actionMatches(p, action));
  if (st.notActions) return !st.notActions.some((p) => actionMatches(p, action) || actionMatches(action, p));
  return false;
}

/** Does the statement touch at least one action of the query (for Denies that carve out part of it)? */
function touchesAction(st: Statement, action: string): boolean {
  if (st.actions) return st.actions.some((p) => actionMatches(p, action) || actionMatches(action, p));
  if (st.notActions) return !st.notActions.some((p) => actionMatches(p, action));
  return false;
}

function coversResource(st: Statement, resource: string | undefined): boolean {
  if (resource === undefined) {
    if (st.resources) return st.resources.length > 0;
    if (st.notResources) return !st.notResources.some(star);
    return false;
  }
  if (st.resources) return st.resources.some((p) => (star(resource) ? star(p) : globMatches(p, resource)));
  if (st.notResources) return star(resource) ? false : !st.notResources.some((p) => globMatches(p, resource));
  return false;
}

function touchesResource(st: Statement, resource: string | undefined): boolean {
  if (resource === undefined || star(resource)) {
    // A Deny blocks "some resource" only when it covers every resource; it carves out of "every resource"
    // as soon as it names any.
    if (resource === undefined) return coversResource(st, '*') || (!!st.resources && st.resources.some(star));
    if (st.resources) return st.resources.length > 0;
    if (st.notResources) return !st.notResources.some(star);
    return false;
  }
  return coversResource(st, resource);
}

/** Evaluate one request against the statements of every policy that applies to the principal. */
export function evaluate(docs: unknown, query: Query): Evaluation {
  const statements = statementsOf(docs);
  const denies = statements.filter((s) => s.effect === 'Deny' && touchesAction(s, query.action) && touchesResource(s, query.resource));
  const sureDeny = denies.filter((s) => s.conditions.length === 0);
  const allows = statements.filter((s) => s.effect === 'Allow' && coversAction(s, query.action) && coversResource(s, query.resource));
  allows.sort((a, b) => a.conditions.length - b.conditions.length);
  if (sureDeny.length) return { decision: 'deny', allowedBy: allows, deniedBy: denies, conditions: [] };
  if (!allows.length) return { decision: 'implicit-deny', allowedBy: [], deniedBy: denies, conditions: [] };
  const unconditional = allows.some((s) => s.conditions.length === 0);
  // A conditional Deny makes an otherwise unconditional Allow hold only when the Deny's condition is false.
  const decision: Decision = unconditional && denies.length === 0 ? 'allow' : 'conditional';
  const conditions = unconditional ? [] : allows.flatMap((s) => s.conditions);
  return { decision, allowedBy: allows, deniedBy: denies, conditions };
}

export interface AllowOptions {
  /** Count an Allow that holds only under conditions as allowed (default true: conditions on identity
   * policies say when a permission can be used, not whether the principal holds it). */
  conditional?: boolean;
  /** Only conditions that tie access to an account, organisation, network or source count as narrowing:
   * with this set, a conditional Allow is "allowed" unless one of its conditions really narrows it. */
  onlyNarrowingConditions?: boolean;
  /** Owner account for `onlyNarrowingConditions` (account conditions must name it). */
  accountId?: string;
}

/** Is the action allowed on the resource? See `evaluate` and `AllowOptions`. */
export function isAllowed(docs: unknown, action: string, resource?: string, opts: AllowOptions = {}): boolean {
  const ev = evaluate(docs, { action, resource });
  if (ev.decision === 'allow') return true;
  if (ev.decision !== 'conditional') return false;
  // A conditional Deny applies only sometimes, so the Allow still holds at other times.
  if (opts.onlyNarrowingConditions) return ev.allowedBy.some((s) => !hasRestrictiveCondition(s, opts.accountId));
  return opts.conditional ?? true;
}

/** The actions of `candidates` the policies allow (on some resource, or the given one). */
export function allowedActions(docs: unknown, candidates: string[], resource?: string, opts: AllowOptions = {}): string[] {
  const statements = statementsOf(docs);
  return candidates.filter((a) => isAllowed(statements, a, resource, opts));
}

/** Does the policy allow every action of a service ('kms') on every resource, with nothing denied out of it? */
export function allowsFullServiceAccess(docs: unknown, service: string): boolean {
  return evaluate(docs, { action: `${service}:*`, resource: '*' }).decision === 'allow';
}

/** Describe conditions compactly: "aws:SourceVpce StringEquals vpce-1". */
export function describeConditions(conditions: Condition[]): string {
  return conditions.map((c) => `${c.key} ${c.operator} ${c.values.join('|')}`).join(', ');
}
