/** Shared walker for the checks over Organization policies of one type. */
import type { EvalContext } from '../../core/check.js';
import type { ResourceRef } from '../../core/types.js';
import { describeCallError } from '../../aws/errors.js';
import { organization, organizationPolicies, type OrganizationPolicy } from './collectors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = EvalContext<any>;

/**
 * The policies of `type`, or undefined after reporting: ERROR when they could not be read, FAIL (with
 * `notInOrg`) when the account is in no Organization. Returns the Organization as the resource.
 */
export function policiesOfType(ctx: Ctx, type: string, notInOrg: string): { resource: ResourceRef; policies: OrganizationPolicy[] } | undefined {
  const org = ctx.global(organization);
  const all = ctx.global(organizationPolicies);
  const resource: ResourceRef =
    org.ok && org.data.id ? { arn: org.data.arn ?? org.data.id, id: org.data.id, region: ctx.homeRegion } : ctx.accountResource();
  if (!all.ok) {
    ctx.error(resource, all.error);
    return undefined;
  }
  if (!all.data.inOrganization) {
    ctx.fail(resource, notInOrg);
    return undefined;
  }
  const list = all.data.byType[type];
  if (!list || !list.ok) {
    const error = list && !list.ok ? list.error : { kind: 'Failed' as const, code: 'NotCollected', operation: 'organizations:ListPolicies', message: `no ${type} listing` };
    ctx.error(resource, error, `Could not list the Organization's ${type} policies: ${describeCallError(error)} (only the management account or a delegated administrator can).`);
    return undefined;
  }
  return { resource, policies: list.data };
}

/** Read a nested '@@assign' value of a management (tag, AI opt-out) policy. */
export function assigned(v: unknown): string | undefined {
  if (v && typeof v === 'object' && '@@assign' in (v as object)) {
    const a = (v as Record<string, unknown>)['@@assign'];
    return typeof a === 'string' ? a : undefined;
  }
  return undefined;
}
