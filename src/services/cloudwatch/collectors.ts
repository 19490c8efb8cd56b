/**
 * CloudWatch collectors for the CIS monitoring checks: every metric filter of the region (one paginated
 * DescribeMetricFilters, not one call per log group) and every metric alarm with the metric it watches.
 */
import { defineFact } from '../../core/fact.js';

export interface MetricFilter {
  name: string;
  logGroupName: string;
  /** The filter pattern exactly as configured. */
  pattern: string;
  /** The metrics the filter publishes to. */
  metrics: Array<{ namespace: string; name: string }>;
}

export const metricFilters = defineFact<MetricFilter[]>({
  id: 'logs.metricFilters',
  service: 'logs',
  scope: 'regional',
  operation: 'logs:DescribeMetricFilters',
  async collect(ctx) {
    const { paginateDescribeMetricFilters } = await import('@aws-sdk/client-cloudwatch-logs');
    const logs = await ctx.client('logs');
    const out: MetricFilter[] = [];
    for await (const page of paginateDescribeMetricFilters({ client: logs, pageSize: Math.min(ctx.pageSize, 50) }, {})) {
      for (const f of page.metricFilters ?? []) {
        out.push({
          name: f.filterName ?? '',
          logGroupName: f.logGroupName ?? '',
          pattern: f.filterPattern ?? '',
          metrics: (f.metricTransformations ?? []).map((m) => ({ namespace: m.metricNamespace ?? '', name: m.metricName ?? '' })),
        });
      }
    }
    return out;
  },
});

export interface MetricAlarm {
  name: string;
  arn: string;
  /** The metric of a single-metric alarm. */
  namespace?: string;
  metricName?: string;
  /** Metrics read by a metric-math alarm. */
  mathMetrics?: Array<{ namespace: string; name: string }>;
  actionsEnabled: boolean;
  /** Actions run when the alarm goes into ALARM (SNS topics, Auto Scaling, Systems Manager...). */
  alarmActions: string[];
}

export const alarms = defineFact<MetricAlarm[]>({
  id: 'cloudwatch.alarms',
  service: 'cloudwatch',
  scope: 'regional',
  operation: 'cloudwatch:DescribeAlarms',
  async collect(ctx) {
    const { paginateDescribeAlarms } = await import('@aws-sdk/client-cloudwatch');
    const cw = await ctx.client('cloudwatch');
    const out: MetricAlarm[] = [];
    for await (const page of paginateDescribeAlarms({ client: cw, pageSize: Math.min(ctx.pageSize, 100) }, { AlarmTypes: ['MetricAlarm'] })) {
      for (const a of page.MetricAlarms ?? []) {
        const math = (a.Metrics ?? []).flatMap((q) =>
          q.MetricStat?.Metric ? [{ namespace: q.MetricStat.Metric.Namespace ?? '', name: q.MetricStat.Metric.MetricName ?? '' }] : [],
        );
        out.push({
          name: a.AlarmName ?? '',
          arn: a.AlarmArn ?? `arn:${ctx.account.partition}:cloudwatch:${ctx.region}:${ctx.account.accountId}:alarm:${a.AlarmName}`,
          ...(a.Namespace ? { namespace: a.Namespace } : {}),
          ...(a.MetricName ? { metricName: a.MetricName } : {}),
          ...(math.length ? { mathMetrics: math } : {}),
          actionsEnabled: a.ActionsEnabled ?? true,
          alarmActions: a.AlarmActions ?? [],
        });
      }
    }
    return out;
  },
});
