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
    const { paginateListDelegatedAdministrators } = await import('@aws-sdk/client-organizations');
    const org = await ctx.client('organizations');
    // DescribeOrganization (shared with the checks that read it, so it is called once) works from any member
    // account; if it is denied we still try the list, so an error is reported against the call that decides the
    // verdict.
    const membership = await ctx.dep(organization);
    if (membership.ok && !membership.data.inOrganization) return { inOrganization: false, admins: [] };
    const known = membership.ok ? membership.data : undefined;
    const base = {
      inOrganization: true,
      ...(known?.id ? { organizationId: known.id } : {}),
      ...(known?.managementAccountId ? { managementAccountId: known.managementAccountId } : {}),
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

export interface OrganizationInfo {
  inOrganization: boolean;
  id?: string;
  arn?: string;
  managementAccountId?: string;
  featureSet?: string;
}

/** DescribeOrganization: whether the account is in an Organization, and which one. Works from any member. */
export const organization = defineFact<OrganizationInfo>({
  id: 'organizations.organization',
  service: 'organizations',
  scope: 'global',
  operation: 'organizations:DescribeOrganization',
  async collect(ctx) {
    const { DescribeOrganizationCommand } = await import('@aws-sdk/client-organizations');
    const org = await ctx.client('organizations');
    try {
      const o = (await org.send(new DescribeOrganizationCommand({}))).Organization;
      return {
        inOrganization: true,
        ...(o?.Id ? { id: o.Id } : {}),
        ...(o?.Arn ? { arn: o.Arn } : {}),
        ...(o?.MasterAccountId ? { managementAccountId: o.MasterAccountId } : {}),
        ...(o?.FeatureSet ? { featureSet: o.FeatureSet } : {}),
      };
    } catch (err) {
      if (awsErrorCode(err) === NOT_IN_USE) return { inOrganization: false };
      throw err;
    }
  },
});

export interface OrganizationAccount {
  id: string;
  arn?: string;
  name?: string;
  status?: string;
}

/**
 * The Organization's accounts (ListAccounts), readable from the management account or a delegated
 * administrator. `accounts` is null when this account may not list them (a member account), and empty
 * when the account is in no Organization: checks then treat only trusted_account_ids as ours.
 */
export const organizationAccounts = defineFact<{ accounts: OrganizationAccount[] | null }>({
  id: 'organizations.accounts',
  service: 'organizations',
  scope: 'global',
  operation: 'organizations:ListAccounts',
  async collect(ctx) {
    const { paginateListAccounts } = await import('@aws-sdk/client-organizations');
    const org = await ctx.client('organizations');
    try {
      const accounts: OrganizationAccount[] = [];
      for await (const page of paginateListAccounts({ client: org, pageSize: Math.min(ctx.pageSize || 20, 20) }, {})) {
        for (const a of page.Accounts ?? []) {
          if (!a.Id) continue;
          accounts.push({ id: a.Id, ...(a.Arn ? { arn: a.Arn } : {}), ...(a.Name ? { name: a.Name } : {}), ...(a.Status ? { status: a.Status } : {}) });
        }
      }
      return { accounts };
    } catch (err) {
      const code = awsErrorCode(err);
      if (code === NOT_IN_USE) return { accounts: [] };
      if (DENIED.has(code)) return { accounts: null };
      throw err;
    }
  },
});

export interface OrganizationPolicy {
  id: string;
  arn: string;
  name: string;
  type: string;
  awsManaged: boolean;
  /** The policy document (parsed JSON, or the raw text), or null when DescribePolicy failed. */
  content: unknown;
  /** Root, OU and account ids the policy is attached to. */
  targets: Array<{ id: string; type?: string; name?: string }>;
}

export const POLICY_TYPES = ['SERVICE_CONTROL_POLICY', 'TAG_POLICY', 'AISERVICES_OPT_OUT_POLICY'] as const;

export interface OrganizationPolicies {
  inOrganization: boolean;
  /** Per policy type: the policies, or the error when that type could not be listed (a member account). */
  byType: Record<string, import('../../core/types.js').Result<OrganizationPolicy[]>>;
}

/** Organization policies (SCPs, tag policies, AI opt-out) with content and targets; management account only. */
export const organizationPolicies = defineFact<OrganizationPolicies>({
  id: 'organizations.policies',
  service: 'organizations',
  scope: 'global',
  operation: 'organizations:ListPolicies',
  async collect(ctx) {
    const { DescribePolicyCommand, paginateListPolicies, paginateListTargetsForPolicy } = await import('@aws-sdk/client-organizations');
    const org = await ctx.client('organizations');
    const info = await ctx.need(organization);
    if (!info.inOrganization) return { inOrganization: false, byType: {} };
    const byType: OrganizationPolicies['byType'] = {};
    for (const type of POLICY_TYPES) {
      byType[type] = await ctx.attempt('organizations:ListPolicies', async () => {
        const summaries = [];
        for await (const page of paginateListPolicies({ client: org, pageSize: 20 }, { Filter: type })) summaries.push(...(page.Policies ?? []));
        return Promise.all(
          summaries
            .filter((p) => p.Id)
            .map(async (p): Promise<OrganizationPolicy> => {
              const [content, targets] = await Promise.all([
                ctx.attempt('organizations:DescribePolicy', async () => (await org.send(new DescribePolicyCommand({ PolicyId: p.Id }))).Policy?.Content),
                (async () => {
                  const out: OrganizationPolicy['targets'] = [];
                  for await (const page of paginateListTargetsForPolicy({ client: org, pageSize: 20 }, { PolicyId: p.Id })) {
                    for (const t of page.Targets ?? []) if (t.TargetId) out.push({ id: t.TargetId, ...(t.Type ? { type: t.Type } : {}), ...(t.Name ? { name: t.Name } : {}) });
                  }
                  return out;
                })(),
              ]);
              return {
                id: p.Id!,
                arn: p.Arn ?? p.Id!,
                name: p.Name ?? p.Id!,
                type,
                awsManaged: !!p.AwsManaged,
                content: content.ok ? parseJson(content.data) : null,
                targets,
              };
            }),
        );
      });
    }
    return { inOrganization: true, byType };
  },
});

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
