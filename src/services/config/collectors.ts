/**
 * AWS Config collectors: the configuration recorders of a region with their recording status (two
 * region-wide calls, whatever the number of recorders).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';
import { delegatedAdministrators } from '../organizations/collectors.js';

export interface RecorderStatus {
  recording: boolean;
  /** Last recording attempt: Success, Pending, Failure or NotApplicable, as AWS reports it. */
  lastStatus?: string;
  lastErrorCode?: string;
  lastStatusChangeTime?: string;
}

export interface ConfigRecorder {
  name: string;
  arn: string;
  /** The IAM role the recorder uses (roleARN). */
  roleArn?: string;
  /** Set for service-linked recorders, which record only what their service needs. */
  servicePrincipal?: string;
  allSupported: boolean;
  includeGlobalResourceTypes: boolean;
  /** ALL_SUPPORTED_RESOURCE_TYPES, INCLUSION_BY_RESOURCE_TYPES or EXCLUSION_BY_RESOURCE_TYPES. */
  recordingStrategy?: string;
  /** How many resource types an inclusion list names. */
  includedResourceTypeCount: number;
  excludedResourceTypes: string[];
  /** From DescribeConfigurationRecorderStatus; null when AWS returned no status for this recorder. */
  status: Result<RecorderStatus | null>;
}

export const recorders = defineFact<ConfigRecorder[]>({
  id: 'config.recorders',
  service: 'config',
  scope: 'regional',
  operation: 'config:DescribeConfigurationRecorders',
  async collect(ctx) {
    const { DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } = await import('@aws-sdk/client-config-service');
    const config = await ctx.client('config');
    const { ConfigurationRecorders: list = [] } = await config.send(new DescribeConfigurationRecordersCommand({}));
    if (list.length === 0) return [];
    const statuses = await ctx.attempt('config:DescribeConfigurationRecorderStatus', async () => {
      const res = await config.send(new DescribeConfigurationRecorderStatusCommand({}));
      return res.ConfigurationRecordersStatus ?? [];
    });
    return list.map((r): ConfigRecorder => {
      const name = r.name ?? 'default';
      const group = r.recordingGroup ?? {};
      let status: Result<RecorderStatus | null>;
      if (!statuses.ok) status = statuses;
      else {
        const s = statuses.data.find((x) => (r.arn && x.arn === r.arn) || x.name === name);
        status = {
          ok: true,
          data: s
            ? {
                recording: Boolean(s.recording),
                ...(s.lastStatus ? { lastStatus: s.lastStatus } : {}),
                ...(s.lastErrorCode ? { lastErrorCode: s.lastErrorCode } : {}),
                ...(s.lastStatusChangeTime ? { lastStatusChangeTime: s.lastStatusChangeTime.toISOString() } : {}),
              }
            : null,
        };
      }
      return {
        name,
        arn: r.arn ?? `arn:${ctx.account.partition}:config:${ctx.region}:${ctx.account.accountId}:configuration-recorder/${name}`,
        ...(r.roleARN ? { roleArn: r.roleARN } : {}),
        ...(r.servicePrincipal ? { servicePrincipal: r.servicePrincipal } : {}),
        allSupported: Boolean(group.allSupported),
        includeGlobalResourceTypes: Boolean(group.includeGlobalResourceTypes),
        ...(group.recordingStrategy?.useOnly ? { recordingStrategy: group.recordingStrategy.useOnly } : {}),
        includedResourceTypeCount: group.resourceTypes?.length ?? 0,
        excludedResourceTypes: group.exclusionByResourceTypes?.resourceTypes ?? [],
        status,
      };
    });
  },
});

export interface ConfigAggregator {
  name: string;
  arn: string;
  /** Aggregates the whole Organization (OrganizationAggregationSource) rather than listed accounts. */
  organization: boolean;
  /** The source covers every current and future region. */
  allRegions: boolean;
  /** The regions named when not all. */
  regions: string[];
}

/** The configuration aggregators of a region (DescribeConfigurationAggregators). */
export const aggregators = defineFact<ConfigAggregator[]>({
  id: 'config.aggregators',
  service: 'config',
  scope: 'regional',
  operation: 'config:DescribeConfigurationAggregators',
  async collect(ctx) {
    const { DescribeConfigurationAggregatorsCommand } = await import('@aws-sdk/client-config-service');
    const config = await ctx.client('config');
    const out: ConfigAggregator[] = [];
    let NextToken: string | undefined;
    do {
      const page = await config.send(new DescribeConfigurationAggregatorsCommand({ NextToken, Limit: 10 }));
      for (const a of page.ConfigurationAggregators ?? []) {
        if (!a.ConfigurationAggregatorName) continue;
        const org = a.OrganizationAggregationSource;
        const accountSources = a.AccountAggregationSources ?? [];
        out.push({
          name: a.ConfigurationAggregatorName,
          arn: a.ConfigurationAggregatorArn ?? `arn:${ctx.account.partition}:config:${ctx.region}:${ctx.account.accountId}:config-aggregator/${a.ConfigurationAggregatorName}`,
          organization: !!org,
          allRegions: org ? !!org.AllAwsRegions : accountSources.length > 0 && accountSources.every((s) => !!s.AllAwsRegions),
          regions: org ? (org.AwsRegions ?? []) : [...new Set(accountSources.flatMap((s) => s.AwsRegions ?? []))],
        });
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  },
});

export interface ConfigDelegatedAdmins {
  inOrganization: boolean;
  managementAccountId?: string;
  /** Accounts registered as delegated administrator for AWS Config; null when this account may not list them (a member). */
  admins: string[] | null;
}

/**
 * The service principals under which an account administers AWS Config for the Organization:
 * config.amazonaws.com (aggregators) and config-multiaccountsetup.amazonaws.com (organization rules
 * and conformance packs).
 */
export const CONFIG_PRINCIPALS = ['config.amazonaws.com', 'config-multiaccountsetup.amazonaws.com'];

/**
 * Delegated administrators for AWS Config: the Organization's delegated administrators (shared
 * organizations fact), each asked which services it administers (ListDelegatedServicesForAccount).
 */
export const configDelegatedAdmins = defineFact<ConfigDelegatedAdmins>({
  id: 'config.delegatedAdmins',
  service: 'organizations',
  scope: 'global',
  operation: 'organizations:ListDelegatedServicesForAccount',
  async collect(ctx) {
    const d = await ctx.need(delegatedAdministrators);
    const base = { inOrganization: d.inOrganization, ...(d.managementAccountId ? { managementAccountId: d.managementAccountId } : {}) };
    if (!d.inOrganization || d.admins === null) return { ...base, admins: d.inOrganization ? null : [] };
    const { paginateListDelegatedServicesForAccount } = await import('@aws-sdk/client-organizations');
    const org = await ctx.client('organizations');
    const admins = await Promise.all(
      d.admins.map(async (a) => {
        for await (const page of paginateListDelegatedServicesForAccount({ client: org, pageSize: 20 }, { AccountId: a.id })) {
          if ((page.DelegatedServices ?? []).some((s) => s.ServicePrincipal && CONFIG_PRINCIPALS.includes(s.ServicePrincipal))) return a.id;
        }
        return undefined;
      }),
    );
    return { ...base, admins: admins.filter((a): a is string => !!a) };
  },
});
