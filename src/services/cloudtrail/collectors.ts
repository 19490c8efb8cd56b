/**
 * CloudTrail collectors. Trails are listed per region (a multi-region trail shows up in every region
 * as a shadow copy), then deduplicated by ARN: status and event selectors are read once per trail, in
 * the trail's home region.
 */
import { defineFact } from '../../core/fact.js';
import type { Result } from '../../core/types.js';

export interface EventSelectorSummary {
  /** Classic selectors: read/write type and S3 object data resources. */
  classic: Array<{ readWriteType: 'ReadOnly' | 'WriteOnly' | 'All'; includeManagementEvents: boolean; dataResources: Array<{ type: string; values: string[] }> }>;
  /** Advanced selectors, each a list of field conditions. */
  advanced: Array<{ name?: string; fieldSelectors: Array<{ field: string; equals?: string[]; notEquals?: string[]; startsWith?: string[] }> }>;
}

export interface Trail {
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
  /** GetTrailStatus: logging on/off and last delivery to CloudWatch Logs. */
  status: Result<{ isLogging: boolean; latestCloudWatchLogsDeliveryTime?: string }>;
  eventSelectors: Result<EventSelectorSummary>;
}

/** The trails whose home region is this region (shadow copies of multi-region trails are skipped). */
export const trails = defineFact<Trail[]>({
  id: 'cloudtrail.trails',
  service: 'cloudtrail',
  scope: 'regional',
  operation: 'cloudtrail:DescribeTrails',
  async collect(ctx) {
    const { DescribeTrailsCommand, GetTrailStatusCommand, GetEventSelectorsCommand } = await import('@aws-sdk/client-cloudtrail');
    const ct = await ctx.client('cloudtrail');
    const { trailList = [] } = await ct.send(new DescribeTrailsCommand({ includeShadowTrails: true }));
    const own = trailList.filter((t) => (t.HomeRegion ?? ctx.region) === ctx.region);
    return Promise.all(
      own.map(async (t): Promise<Trail> => {
        const arn = t.TrailARN ?? `arn:${ctx.account.partition}:cloudtrail:${ctx.region}:${ctx.account.accountId}:trail/${t.Name}`;
        const [status, eventSelectors] = await Promise.all([
          ctx.attempt('cloudtrail:GetTrailStatus', async () => {
            const s = await ct.send(new GetTrailStatusCommand({ Name: arn }));
            return { isLogging: Boolean(s.IsLogging), latestCloudWatchLogsDeliveryTime: s.LatestCloudWatchLogsDeliveryTime?.toISOString() };
          }),
          ctx.attempt('cloudtrail:GetEventSelectors', async () => {
            const s = await ct.send(new GetEventSelectorsCommand({ TrailName: arn }));
            return {
              classic: (s.EventSelectors ?? []).map((e) => ({
                readWriteType: (e.ReadWriteType ?? 'All') as 'ReadOnly' | 'WriteOnly' | 'All',
                includeManagementEvents: e.IncludeManagementEvents ?? true,
                dataResources: (e.DataResources ?? []).map((d) => ({ type: d.Type ?? '', values: d.Values ?? [] })),
              })),
              advanced: (s.AdvancedEventSelectors ?? []).map((a) => ({
                name: a.Name,
                fieldSelectors: (a.FieldSelectors ?? []).map((f) => ({
                  field: f.Field ?? '',
                  equals: f.Equals,
                  notEquals: f.NotEquals,
                  startsWith: f.StartsWith,
                })),
              })),
            };
          }),
        ]);
        return {
          arn,
          name: t.Name ?? arn,
          homeRegion: t.HomeRegion ?? ctx.region,
          isMultiRegion: Boolean(t.IsMultiRegionTrail),
          isOrganizationTrail: Boolean(t.IsOrganizationTrail),
          s3BucketName: t.S3BucketName,
          s3KeyPrefix: t.S3KeyPrefix,
          kmsKeyId: t.KmsKeyId,
          logFileValidationEnabled: Boolean(t.LogFileValidationEnabled),
          cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn,
          status,
          eventSelectors,
        };
      }),
    );
  },
});
