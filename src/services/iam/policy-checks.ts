/**
 * Shared logic for the IAM checks that read iam.authorizationDetails: resource refs, who a managed
 * policy is attached to, and the administrative-privilege verdict used by the AWS and customer
 * managed policy checks.
 */
import type { EvalContext } from '../../core/check.js';
import type { CallError, ResourceRef } from '../../core/types.js';
import { grantsFullAdmin, parsePolicy } from '../../lib/iam-policy/index.js';
import { authorizationDetails, type AuthorizationDetails, type ManagedPolicy } from './policies.js';

export const awsManagedPolicyArn = (partition: string, name: string) => `arn:${partition}:iam::aws:policy/${name}`;

export function policyResource(p: Pick<ManagedPolicy, 'arn' | 'name'>, region: string): ResourceRef {
  return { arn: p.arn, id: p.name, name: p.name, region };
}

export interface Attachment {
  kind: 'user' | 'group' | 'role';
  name: string;
  arn: string;
}

/** Every user, group and role that has the managed policy `policyArn` attached. */
export function attachmentsOf(d: AuthorizationDetails, policyArn: string): Attachment[] {
  const has = (e: { attachedPolicies: Array<{ arn: string }> }) => e.attachedPolicies.some((p) => p.arn === policyArn);
  return [
    ...d.users.filter(has).map((e) => ({ kind: 'user' as const, name: e.name, arn: e.arn })),
    ...d.groups.filter(has).map((e) => ({ kind: 'group' as const, name: e.name, arn: e.arn })),
    ...d.roles.filter(has).map((e) => ({ kind: 'role' as const, name: e.name, arn: e.arn })),
  ];
}

/**
 * Who has an AWS managed policy attached, with the policy as the finding's resource; reports ERROR (and
 * returns undefined) when the authorization details could not be read.
 */
export function managedPolicyAttachments(ctx: EvalContext, policyName: string): { resource: ResourceRef; attached: Attachment[] } | undefined {
  const arn = awsManagedPolicyArn(ctx.account.partition, policyName);
  const resource = policyResource({ arn, name: policyName }, ctx.homeRegion);
  const details = ctx.global(authorizationDetails);
  if (!details.ok) {
    ctx.error(resource, details.error);
    return undefined;
  }
  return { resource, attached: attachmentsOf(details.data, arn) };
}

/** "user alice, role admin and 3 more" */
export function describeAttachments(list: Attachment[], max = 5): string {
  const shown = list.slice(0, max).map((a) => `${a.kind} ${a.name}`);
  const more = list.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** A CallError for data that was returned but cannot be interpreted (never turned into a verdict). */
export function unreadable(operation: string, message: string): CallError {
  return { kind: 'Failed', code: 'UnreadableData', operation, message };
}

/** A stored document is usable when it parsed to an object with a Statement. */
export const isReadableDocument = (doc: unknown): boolean =>
  !!doc && typeof doc === 'object' && 'Statement' in (doc as object);

/** Why a policy counts as administrative, in words. */
function adminReason(doc: unknown): string {
  const statements = parsePolicy(doc);
  const st = statements.find((s) => s.effect === 'Allow' && s.notActions && (s.resources ?? []).includes('*'));
  const full = statements.some(
    (s) => s.effect === 'Allow' && (s.actions ?? []).some((a) => a === '*' || a === '*:*') && (s.resources ?? []).includes('*'),
  );
  if (full || !st) return 'allows every action ("*") on every resource';
  return `allows every action except ${st.notActions!.join(', ')} on every resource (NotAction)`;
}

/**
 * Report every attached managed policy of one kind (AWS or customer managed): FAIL when it grants full
 * administrative access, PASS otherwise.
 */
export function runAdminPolicyCheck(ctx: EvalContext, awsManaged: boolean): void {
  const details = ctx.global(authorizationDetails);
  if (!details.ok) return ctx.error(ctx.accountResource(), details.error);
  const kind = awsManaged ? 'AWS managed policy' : 'Customer managed policy';
  for (const p of details.data.policies) {
    if (p.awsManaged !== awsManaged || p.attachmentCount === 0) continue;
    const resource = policyResource(p, ctx.homeRegion);
    if (!isReadableDocument(p.document)) {
      ctx.error(
        resource,
        unreadable('iam:GetAccountAuthorizationDetails', `the default version document of ${p.name} could not be parsed`),
        `Could not evaluate: the default version (${p.defaultVersionId}) document of ${kind.toLowerCase()} ${p.name} could not be read.`,
      );
      continue;
    }
    const users = attachmentsOf(details.data, p.arn);
    const where = users.length ? describeAttachments(users) : `${p.attachmentCount} entities`;
    if (grantsFullAdmin(p.document)) {
      ctx.fail(resource, `${kind} ${p.name} is attached to ${where} and ${adminReason(p.document)}.`);
    } else {
      ctx.pass(resource, `${kind} ${p.name} is attached but does not grant full administrative privileges.`);
    }
  }
}
