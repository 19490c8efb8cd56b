/**
 * AWS Security Hub collectors. DescribeHub returns the hub of the region when the account is
 * subscribed; otherwise it fails with InvalidAccessException ("Account ... is not subscribed to AWS
 * Security Hub"), which is read as "not enabled". Every other error stays an error.
 */
import { defineFact } from '../../core/fact.js';
import { awsErrorCode } from '../../aws/errors.js';

export interface Hub {
  enabled: boolean;
  hubArn?: string;
  subscribedAt?: string;
}

export function isNotSubscribed(err: unknown): boolean {
  const message = String((err as { message?: string } | undefined)?.message ?? '');
  return awsErrorCode(err) === 'InvalidAccessException' && /not subscribed/i.test(message);
}

export const hub = defineFact<Hub>({
  id: 'securityhub.hub',
  service: 'securityhub',
  scope: 'regional',
  operation: 'securityhub:DescribeHub',
  async collect(ctx) {
    const { DescribeHubCommand } = await import('@aws-sdk/client-securityhub');
    const client = await ctx.client('securityhub');
    try {
      const h = await client.send(new DescribeHubCommand({}));
      return { enabled: true, ...(h.HubArn ? { hubArn: h.HubArn } : {}), ...(h.SubscribedAt ? { subscribedAt: h.SubscribedAt } : {}) };
    } catch (err) {
      if (isNotSubscribed(err)) return { enabled: false };
      throw err;
    }
  },
});

export interface OrganizationAdministration {
  /**
   * Security Hub administrator accounts of the Organization in this region (ListOrganizationAdminAccounts),
   * or null when this account may not list them (only the management account can).
   */
  admins: Array<{ accountId: string; status?: string }> | null;
  /**
   * DescribeOrganizationConfiguration answered: this account administers Security Hub for the
   * Organization in this region. False when refused as not an administrator (or not subscribed).
   */
  thisAccountAdministers: boolean;
  /** From DescribeOrganizationConfiguration, when this account administers. */
  autoEnable?: boolean;
  /** LOCAL or CENTRAL, when this account administers. */
  configurationType?: string;
}

/** The refusals Security Hub gives an account that is not the management account, or not an administrator. */
export function isOrganizationRoleRefusal(err: unknown): boolean {
  const code = awsErrorCode(err);
  const message = String((err as { message?: string } | undefined)?.message ?? '');
  if (code !== 'InvalidAccessException' && code !== 'AccessDeniedException') return false;
  if (/not authorized to perform/i.test(message)) return false;
  return /management account|master account|not an? (delegated )?admin|administrator/i.test(message) || isNotSubscribed(err);
}

export const organizationAdministration = defineFact<OrganizationAdministration>({
  id: 'securityhub.organizationAdministration',
  service: 'securityhub',
  scope: 'regional',
  operation: 'securityhub:ListOrganizationAdminAccounts',
  async collect(ctx) {
    const { paginateListOrganizationAdminAccounts, DescribeOrganizationConfigurationCommand } = await import('@aws-sdk/client-securityhub');
    const client = await ctx.client('securityhub');
    let admins: OrganizationAdministration['admins'] = [];
    try {
      for await (const page of paginateListOrganizationAdminAccounts({ client, pageSize: 10 }, { MaxResults: 10 })) {
        for (const a of page.AdminAccounts ?? []) if (a.AccountId) admins.push({ accountId: a.AccountId, ...(a.Status ? { status: a.Status } : {}) });
      }
    } catch (err) {
      if (!isOrganizationRoleRefusal(err)) throw err;
      admins = null;
    }
    try {
      const c = await client.send(new DescribeOrganizationConfigurationCommand({}));
      return {
        admins,
        thisAccountAdministers: true,
        autoEnable: !!c.AutoEnable,
        ...(c.OrganizationConfiguration?.ConfigurationType ? { configurationType: c.OrganizationConfiguration.ConfigurationType } : {}),
      };
    } catch (err) {
      if (!isOrganizationRoleRefusal(err)) throw err;
      return { admins, thisAccountAdministers: false };
    }
  },
});
