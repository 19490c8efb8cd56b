/**
 * Organizations collectors. Delegated administrators can be listed only from the management account
 * (or an account delegated to administer Organizations); DescribeOrganization first tells us whether the
 * account is in an organization at all and which account manages it.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface DelegatedAdministrator {
  id: string;
  arn: string;
  name?: string;
  status?: string;
  /** ISO date the account became a delegated administrator. */
  delegationEnabledDate?: string;
}

export interface DelegatedAdministrators {
  /** False when the account is not a member of any organization (AWSOrganizationsNotInUseException). */
  inOrganization: boolean;
  organizationId?: string;
  managementAccountId?: string;
  /**
   * The delegated administrators, or null when this account may not list them (a member account:
   * only the management account or a delegated Organizations administrator can).
   */
  admins: DelegatedAdministrator[] | null;
}

const DENIED = new Set(['AccessDeniedException', 'AccessDenied']);
const NOT_IN_USE = 'AWSOrganizationsNotInUseException';

export const delegatedAdministrators = defineFact<DelegatedAdministrators>({
  id: 'organizations.delegatedAdministrators',
  service: 'organizations',
  scope: 'global',
  operation: 'organizations:ListDelegatedAdministrators',
  async collect(ctx) {
    const { DescribeOrganizationCommand, paginateListDelegatedAdministrators } = await import('@aws-sdk/client-organizations');
    const org = await ctx.client('organizations');
    // DescribeOrganization works from any member account; if it is denied we still try the list, so an
    // error is reported against the call that decides the verdict.
    let described: { Id?: string; MasterAccountId?: string } | undefined;
    try {
      described = (await org.send(new DescribeOrganizationCommand({}))).Organization;
    } catch (err) {
      if (awsErrorCode(err) === NOT_IN_USE) return { inOrganization: false, admins: [] };
    }
    const base = {
      inOrganization: true,
      ...(described?.Id ? { organizationId: described.Id } : {}),
      ...(described?.MasterAccountId ? { managementAccountId: described.MasterAccountId } : {}),
    };
    try {
      const admins: DelegatedAdministrator[] = [];
      for await (const page of paginateListDelegatedAdministrators({ client: org, pageSize: Math.min(ctx.pageSize || 20, 20) }, {})) {
        for (const a of page.DelegatedAdministrators ?? []) {
          if (!a.Id) continue;
          admins.push({
            id: a.Id,
            arn: a.Arn ?? `arn:${ctx.account.partition}:organizations::${base.managementAccountId ?? ''}:account/${base.organizationId ?? ''}/${a.Id}`,
            ...(a.Name ? { name: a.Name } : {}),
            ...(a.Status ? { status: a.Status } : {}),
            ...(a.DelegationEnabledDate ? { delegationEnabledDate: a.DelegationEnabledDate.toISOString() } : {}),
          });
        }
      }
      return { ...base, admins };
    } catch (err) {
      if (awsErrorCode(err) === NOT_IN_USE) return { inOrganization: false, admins: [] };
      // A member account is refused: that is an answer about where to look, not a failure to read.
      if (DENIED.has(awsErrorCode(err)) && base.managementAccountId && base.managementAccountId !== ctx.account.accountId) {
        return { ...base, admins: null };
      }
      throw err;
    }
  },
});
