/**
 * Shared runners for the IAM checks that judge policy documents (inline and customer managed) and
 * the entities that hold a given AWS managed policy. Every verdict comes from the policy evaluator in
 * src/lib/iam-policy; this module only walks the inventory and words the findings.
 */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import type { TrustContext } from '../../lib/iam-policy/index.js';
import { organization, organizationAccounts } from '../organizations/collectors.js';
import { authorizationDetails, type AuthorizationDetails, type ManagedPolicy } from './policies.js';
import { isReadableDocument, policyResource, unreadable } from './policy-checks.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/** A verdict on one document: null when it is fine, else the reason it fails. */
export type PolicyJudge = (doc: unknown) => string | null;

export interface InlinePolicy {
  kind: 'user' | 'group' | 'role';
  owner: string;
  ownerArn: string;
  name: string;
  document: unknown;
}

/** Every inline policy of every user, group and role. */
export function inlinePolicies(d: AuthorizationDetails): InlinePolicy[] {
  const out: InlinePolicy[] = [];
  const add = (kind: InlinePolicy['kind'], e: AuthorizationDetails['users'][number] | AuthorizationDetails['groups'][number]) => {
    for (const name of e.inlinePolicies) out.push({ kind, owner: e.name, ownerArn: e.arn, name, document: e.inlineDocuments?.[name] });
  };
  for (const u of d.users) add('user', u);
  for (const g of d.groups) add('group', g);
  for (const r of d.roles) add('role', r);
  return out;
}

export function inlineResource(p: InlinePolicy, region: string): ResourceRef {
  return { arn: `${p.ownerArn}/inline-policy/${p.name}`, id: `${p.kind}/${p.owner}/${p.name}`, name: p.name, region, details: { attachedTo: `${p.kind} ${p.owner}` } };
}

/** Judge every inline policy: FAIL with the judge's reason, PASS otherwise, ERROR when unreadable. */
export function runInlinePolicyCheck(ctx: Ctx, judge: PolicyJudge): void {
  const details = ctx.global(authorizationDetails);
  if (!details.ok) return ctx.error(ctx.accountResource(), details.error);
  for (const p of inlinePolicies(details.data)) {
    const resource = inlineResource(p, ctx.homeRegion);
    const label = `Inline policy ${p.name} of ${p.kind} ${p.owner}`;
    if (!isReadableDocument(p.document)) {
      ctx.error(resource, unreadable('iam:GetAccountAuthorizationDetails', `the inline policy ${p.name} of ${p.kind} ${p.owner} could not be read`), `Could not evaluate: ${label} could not be read.`);
      continue;
    }
    const reason = judge(p.document);
    if (reason) ctx.fail(resource, `${label} ${reason}.`);
    else ctx.pass(resource, `${label} passes: it does not ${judgeSubject.get(judge) ?? 'grant that access'}.`);
  }
}

/** What a judge looks for, for PASS messages ("allow privilege escalation"). */
export const judgeSubject = new WeakMap<PolicyJudge, string>();
export function judge(subject: string, fn: PolicyJudge): PolicyJudge {
  judgeSubject.set(fn, subject);
  return fn;
}

/** Judge customer managed policies (all of them, or only unattached ones). */
export function runCustomerPolicyCheck(ctx: Ctx, fn: PolicyJudge, opts: { unattachedOnly?: boolean } = {}): void {
  const details = ctx.global(authorizationDetails);
  if (!details.ok) return ctx.error(ctx.accountResource(), details.error);
  for (const p of details.data.policies) {
    if (p.awsManaged || (opts.unattachedOnly && p.attachmentCount > 0)) continue;
    judgeManaged(ctx, p, fn);
  }
}

function judgeManaged(ctx: Ctx, p: ManagedPolicy, fn: PolicyJudge): void {
  const resource = policyResource(p, ctx.homeRegion);
  const label = `Customer managed policy ${p.name}${p.attachmentCount === 0 ? ' (not attached)' : ''}`;
  if (!isReadableDocument(p.document)) {
    ctx.error(resource, unreadable('iam:GetAccountAuthorizationDetails', `the default version document of ${p.name} could not be parsed`), `Could not evaluate: the default version of ${p.name} could not be read.`);
    return;
  }
  const reason = fn(p.document);
  if (reason) ctx.fail(resource, `${label} ${reason}.`);
  else ctx.pass(resource, `${label} passes: it does not ${judgeSubject.get(fn) ?? 'grant that access'}.`);
}

/** Accounts we count as ours, from trusted_account_ids and the Organization (when readable). */
export function trustContext(ctx: Ctx): TrustContext {
  const org = ctx.global(organization);
  const accounts = ctx.global(organizationAccounts);
  const trusted = ctx.params.trusted_account_ids;
  return {
    accountId: ctx.account.accountId,
    trustedAccountIds: Array.isArray(trusted) ? trusted.map(String) : [],
    organizationAccountIds: accounts.ok && accounts.data.accounts ? accounts.data.accounts.map((a) => a.id) : null,
    ...(org.ok && org.data.id ? { organizationId: org.data.id } : ctx.account.organizationId ? { organizationId: ctx.account.organizationId } : {}),
  };
}

export const isServiceLinkedRole = (r: { path: string }) => r.path.startsWith('/aws-service-role/');

export interface Holder {
  kind: 'user' | 'group' | 'role';
  name: string;
  arn: string;
  path: string;
}

/**
 * One finding per user, group or role of `kind`: FAIL when it has the AWS managed policy `policyName`
 * attached (or `extra` says it fails), PASS otherwise.
 */
export function runManagedPolicyHolderCheck(
  ctx: Ctx,
  kind: Holder['kind'],
  policyName: string,
  opts: { skip?: (h: Holder) => boolean; failMessage?: (h: Holder) => string } = {},
): void {
  const details = ctx.global(authorizationDetails);
  if (!details.ok) return ctx.error(ctx.accountResource(), details.error);
  const list = kind === 'user' ? details.data.users : kind === 'group' ? details.data.groups : details.data.roles;
  const arn = `arn:${ctx.account.partition}:iam::aws:policy/${policyName}`;
  for (const e of list) {
    const holder: Holder = { kind, name: e.name, arn: e.arn, path: e.path };
    if (opts.skip?.(holder)) continue;
    const resource: ResourceRef = { arn: e.arn, id: e.name, name: e.name, region: ctx.homeRegion };
    if (e.attachedPolicies.some((p) => p.arn === arn)) {
      ctx.fail(resource, opts.failMessage?.(holder) ?? `IAM ${kind} ${e.name} has the AWS managed policy ${policyName} attached.`);
    } else ctx.pass(resource, `IAM ${kind} ${e.name} does not have the AWS managed policy ${policyName} attached.`);
  }
}
