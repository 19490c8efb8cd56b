/**
 * Shared reasoning for the resource-policy exposure checks (Lambda, EventBridge, Glacier, KMS, Secrets
 * Manager, SNS, SQS): look up one resource's policy in a per-resource fact and turn it into a verdict.
 * The policy analysis itself is src/lib/iam-policy; this file only adapts it and words the findings.
 * A policy prowl could not read, or could not parse, is an ERROR, never a PASS. The lookups
 * (`entryFor`, `listedWith`) serve every check that reads a per-resource fact, not only policy checks.
 */
import type { EvalContext } from '../core/check.js';
import type { CallError, ResourceRef, Result } from '../core/types.js';
import type { Fact } from '../core/fact.js';
import { describeCallError, notAvailableHere } from '../aws/errors.js';
import { publicStatements } from './iam-policy/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/** One resource's entry of a per-resource fact: the fact's own error when the whole fact failed. */
export function entryFor<T>(fact: Result<Record<string, Result<T>>>, arn: string, operation: string): Result<T> {
  if (!fact.ok) return fact;
  return (
    fact.data[arn] ?? {
      ok: false,
      error: { kind: 'Failed', code: 'NotCollected', operation, message: `no ${operation} answer was collected for ${arn}` },
    }
  );
}

/**
 * The regional listing, or an ERROR for the region's account when it could not be read. A service that is
 * not available in the region (no endpoint there, or not enabled for the account: `notAvailableHere`) has
 * nothing to list: no finding, as for an empty region. A denial or any other failure is an ERROR.
 */
export function listed<T>(ctx: Ctx, region: string, list: Result<T[]>, what: string): T[] {
  if (list.ok) return list.data;
  if (notAvailableHere(list.error)) return [];
  ctx.error(ctx.accountResource(region), list.error, `Could not list the ${what} in ${region}: ${describeCallError(list.error)}.`);
  return [];
}

/**
 * Every listed resource of every scanned region, with its entry of a per-resource fact (keyed by ARN).
 * A region whose listing failed reports one ERROR for the account there and yields nothing.
 */
export function* listedWith<T extends { arn: string }, U>(
  ctx: Ctx,
  list: Fact<T[]>,
  perItem: Fact<Record<string, Result<U>>>,
  what: string,
): Generator<{ region: string; item: T; entry: Result<U> }> {
  const byRegion = new Map(ctx.regional(perItem).map(({ region, result }) => [region, result]));
  for (const { region, result } of ctx.regional(list)) {
    for (const item of listed(ctx, region, result, what)) {
      yield { region, item, entry: entryFor(byRegion.get(region)!, item.arn, perItem.operation) };
    }
  }
}

/** Parse the policy text; undefined when it is not a JSON object. */
function parse(text: string): object | undefined {
  try {
    const doc: unknown = JSON.parse(text);
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}

export interface PolicySubject {
  resource: ResourceRef;
  /** How the resource is named in messages, e.g. "Lambda function orders-api". */
  label: string;
  /** What the policy is called for this service, e.g. "resource policy", "key policy", "access policy". */
  policyName: string;
  /** The operation that read the policy (for an unparseable policy's ERROR). */
  operation: string;
}

/** PASS, FAIL or ERROR for one resource whose policy (JSON text, or null for none) was collected. */
export function judgePolicy(ctx: Ctx, subject: PolicySubject, policy: Result<string | null>): void {
  const { resource, label, policyName, operation } = subject;
  if (!policy.ok) {
    ctx.error(resource, policy.error, `Could not read the ${policyName} of ${label}: ${describeCallError(policy.error)}.`);
    return;
  }
  if (policy.data === null) {
    ctx.pass(resource, `${label} has no ${policyName}, so it is not shared outside the account.`);
    return;
  }
  const doc = parse(policy.data);
  if (!doc) {
    const error: CallError = { kind: 'Failed', code: 'UnparseablePolicy', operation, message: `the ${policyName} is not valid JSON` };
    ctx.error(resource, error, `Could not evaluate ${label}: its ${policyName} is not valid JSON.`);
    return;
  }
  const open = publicStatements(doc, { accountId: ctx.account.accountId });
  if (!open.length) {
    ctx.pass(resource, `The ${policyName} of ${label} does not grant access to everyone.`);
    return;
  }
  const sids = open.flatMap((s) => (s.sid ? [s.sid] : []));
  const which = sids.length ? ` (statement${sids.length > 1 ? 's' : ''} ${sids.map((s) => `"${s}"`).join(', ')})` : '';
  ctx.fail(
    resource,
    `The ${policyName} of ${label} grants access to everyone (any AWS account or anonymous callers) with no condition narrowing it to this account, an organization or a network${which}.`,
  );
}
