/**
 * AWS Config collectors: the configuration recorders of a region with their recording status (two
 * region-wide calls, whatever the number of recorders).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

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
