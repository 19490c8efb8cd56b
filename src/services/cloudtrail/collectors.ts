/**
 * CloudTrail collectors. DescribeTrails answers, per region, with the trails homed there plus shadow
 * copies of multi-region trails homed elsewhere (`trailList`, one call per region). `trails` keeps the
 * trails homed in the region and reads their status and event selectors once per trail, in its home
 * region. Checks that need "every trail" combine `trails` of all scanned regions (deduplicated by home).
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export type ReadWriteType = 'ReadOnly' | 'WriteOnly' | 'All';

export interface FieldSelector {
  field: string;
  equals?: string[];
  notEquals?: string[];
  startsWith?: string[];
  notStartsWith?: string[];
  endsWith?: string[];
  notEndsWith?: string[];
}

export interface EventSelectorSummary {
  /** Classic selectors: read/write type, management events and S3/Lambda data resources. */
  classic: Array<{
    readWriteType: ReadWriteType;
    includeManagementEvents: boolean;
    /** Management event sources left out (kms.amazonaws.com, rdsdata.amazonaws.com). */
    excludeManagementEventSources?: string[];
    dataResources: Array<{ type: string; values: string[] }>;
  }>;
  /** Advanced selectors, each a list of field conditions (all must hold). */
  advanced: Array<{ name?: string; fieldSelectors: FieldSelector[] }>;
}

/** A trail's configuration as DescribeTrails reports it. */
export interface TrailConfig {
  arn: string;
  name: string;
  homeRegion: string;
  isMultiRegion: boolean;
  isOrganizationTrail: boolean;
  s3BucketName?: string;
  s3KeyPrefix?: string;
  kmsKeyId?: string;
  logFileValidationEnabled: boolean;
  cloudWatchLogsLogGroupArn?: string;
}

export interface TrailStatus {
  isLogging: boolean;
  latestCloudWatchLogsDeliveryTime?: string;
  latestCloudWatchLogsDeliveryError?: string;
}

export interface Trail extends TrailConfig {
  /** GetTrailStatus: logging on/off and last delivery to CloudWatch Logs. */
  status: Result<TrailStatus>;
  eventSelectors: Result<EventSelectorSummary>;
}

/** Every trail visible in this region: the ones homed here and shadow copies of multi-region trails. */
export const trailList = defineFact<TrailConfig[]>({
  id: 'cloudtrail.trailList',
  service: 'cloudtrail',
  scope: 'regional',
  operation: 'cloudtrail:DescribeTrails',
  async collect(ctx) {
    const { DescribeTrailsCommand } = await import('@aws-sdk/client-cloudtrail');
    const ct = await ctx.client('cloudtrail');
    const { trailList: list = [] } = await ct.send(new DescribeTrailsCommand({ includeShadowTrails: true }));
    return list.map((t): TrailConfig => {
      const homeRegion = t.HomeRegion ?? ctx.region;
      return {
        arn: t.TrailARN ?? `arn:${ctx.account.partition}:cloudtrail:${homeRegion}:${ctx.account.accountId}:trail/${t.Name}`,
        name: t.Name ?? t.TrailARN ?? 'unnamed',
        homeRegion,
        isMultiRegion: Boolean(t.IsMultiRegionTrail),
        isOrganizationTrail: Boolean(t.IsOrganizationTrail),
        s3BucketName: t.S3BucketName,
        s3KeyPrefix: t.S3KeyPrefix,
        kmsKeyId: t.KmsKeyId,
        logFileValidationEnabled: Boolean(t.LogFileValidationEnabled),
        cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn,
      };
    });
  },
});

/** The trails whose home region is this region (shadow copies of multi-region trails are skipped). */
export const trails = defineFact<Trail[]>({
  id: 'cloudtrail.trails',
  service: 'cloudtrail',
  scope: 'regional',
  operation: 'cloudtrail:DescribeTrails',
  async collect(ctx) {
    const { GetTrailStatusCommand, GetEventSelectorsCommand } = await import('@aws-sdk/client-cloudtrail');
    const ct = await ctx.client('cloudtrail');
    const own = (await ctx.need(trailList)).filter((t) => t.homeRegion === ctx.region);
    return Promise.all(
      own.map(async (t): Promise<Trail> => {
        const [status, eventSelectors] = await Promise.all([
          ctx.attempt('cloudtrail:GetTrailStatus', async (): Promise<TrailStatus> => {
            const s = await ct.send(new GetTrailStatusCommand({ Name: t.arn }));
            return {
              isLogging: Boolean(s.IsLogging),
              latestCloudWatchLogsDeliveryTime: s.LatestCloudWatchLogsDeliveryTime?.toISOString(),
              latestCloudWatchLogsDeliveryError: s.LatestCloudWatchLogsDeliveryError || undefined,
            };
          }),
          ctx.attempt('cloudtrail:GetEventSelectors', async (): Promise<EventSelectorSummary> => {
            const s = await ct.send(new GetEventSelectorsCommand({ TrailName: t.arn }));
            return {
              classic: (s.EventSelectors ?? []).map((e) => ({
                readWriteType: (e.ReadWriteType ?? 'All') as ReadWriteType,
                includeManagementEvents: e.IncludeManagementEvents ?? true,
                ...(e.ExcludeManagementEventSources?.length ? { excludeManagementEventSources: e.ExcludeManagementEventSources } : {}),
                dataResources: (e.DataResources ?? []).map((d) => ({ type: d.Type ?? '', values: d.Values ?? [] })),
              })),
              advanced: (s.AdvancedEventSelectors ?? []).map((a) => ({
                ...(a.Name ? { name: a.Name } : {}),
                fieldSelectors: (a.FieldSelectors ?? []).map((f) => {
                  const out: FieldSelector = { field: f.Field ?? '' };
                  if (f.Equals?.length) out.equals = f.Equals;
                  if (f.NotEquals?.length) out.notEquals = f.NotEquals;
                  if (f.StartsWith?.length) out.startsWith = f.StartsWith;
                  if (f.NotStartsWith?.length) out.notStartsWith = f.NotStartsWith;
                  if (f.EndsWith?.length) out.endsWith = f.EndsWith;
                  if (f.NotEndsWith?.length) out.notEndsWith = f.NotEndsWith;
                  return out;
                }),
              })),
            };
          }),
        ]);
        return { ...t, status, eventSelectors };
      }),
    );
  },
});
