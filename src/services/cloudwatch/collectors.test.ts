import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, DescribeMetricFiltersCommand, PutMetricFilterCommand } from '@aws-sdk/client-cloudwatch-logs';
import { startMoto, TEST_ACCOUNT, type Moto } from '../../../test/helpers/moto.js';
import { collectFromMoto } from '../../../test/helpers/collect.js';
import { alarms, metricFilters } from './collectors.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const PATTERN = '{ ($.eventSource = "ec2.amazonaws.com") && ($.eventName = "CreateVpc") }';

describe('cloudwatch collectors against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('collects every metric filter and metric alarm of each region', async () => {
    for (const region of REGIONS) {
      const logs = new CloudWatchLogsClient(moto.config(region));
      await logs.send(new CreateLogGroupCommand({ logGroupName: `trail-${region}` }));
      await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
      await logs.send(
        new PutMetricFilterCommand({
          logGroupName: `trail-${region}`,
          filterName: 'vpc-changes',
          filterPattern: PATTERN,
          metricTransformations: [{ metricName: 'VpcChanges', metricNamespace: 'CIS', metricValue: '1' }],
        }),
      );
    }
    // More filters than one page holds, in one region.
    const use1Logs = new CloudWatchLogsClient(moto.config('us-east-1'));
    for (let i = 0; i < 55; i++) {
      await use1Logs.send(
        new PutMetricFilterCommand({
          logGroupName: 'app',
          filterName: `errors-${String(i).padStart(2, '0')}`,
          filterPattern: 'ERROR',
          metricTransformations: [{ metricName: `Errors${i}`, metricNamespace: 'App', metricValue: '1' }],
        }),
      );
    }
    const cw = new CloudWatchClient(moto.config('us-east-1'));
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'vpc-changes',
        Namespace: 'CIS',
        MetricName: 'VpcChanges',
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [`arn:aws:sns:us-east-1:${TEST_ACCOUNT}:alerts`],
      }),
    );
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'math',
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        ActionsEnabled: false,
        Metrics: [
          { Id: 'm1', MetricStat: { Metric: { Namespace: 'CIS', MetricName: 'VpcChanges' }, Period: 300, Stat: 'Sum' }, ReturnData: false },
          { Id: 'e1', Expression: 'm1 * 2', ReturnData: true },
        ],
      }),
    );

    const inv = await collectFromMoto(moto, [metricFilters, alarms], REGIONS);
    const use1 = inv.get(metricFilters, 'us-east-1');
    const euw1 = inv.get(metricFilters, 'eu-west-1');
    if (!use1.ok || !euw1.ok) throw new Error(JSON.stringify({ use1, euw1 }));
    expect(use1.data).toHaveLength(56);
    expect(use1.data.find((f) => f.name === 'vpc-changes')).toEqual({
      name: 'vpc-changes',
      logGroupName: 'trail-us-east-1',
      pattern: PATTERN,
      metrics: [{ namespace: 'CIS', name: 'VpcChanges' }],
    });
    expect(euw1.data).toEqual([{ name: 'vpc-changes', logGroupName: 'trail-eu-west-1', pattern: PATTERN, metrics: [{ namespace: 'CIS', name: 'VpcChanges' }] }]);

    const a1 = inv.get(alarms, 'us-east-1');
    if (!a1.ok) throw new Error(JSON.stringify(a1));
    const byName = Object.fromEntries(a1.data.map((a) => [a.name, a]));
    expect(byName['vpc-changes']).toEqual({
      name: 'vpc-changes',
      arn: `arn:aws:cloudwatch:us-east-1:${TEST_ACCOUNT}:alarm:vpc-changes`,
      namespace: 'CIS',
      metricName: 'VpcChanges',
      actionsEnabled: true,
      alarmActions: [`arn:aws:sns:us-east-1:${TEST_ACCOUNT}:alerts`],
    });
    expect(byName.math).toMatchObject({ actionsEnabled: false, alarmActions: [], mathMetrics: [{ namespace: 'CIS', name: 'VpcChanges' }] });
    expect(inv.get(alarms, 'eu-west-1')).toEqual({ ok: true, data: [] });
  });
});

describe('cloudwatch collectors: denied calls become data (aws-sdk-client-mock)', () => {
  const fake = { endpoint: 'http://127.0.0.1:9' } as Moto;
  const accessDenied = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

  it('records AccessDenied for DescribeMetricFilters and DescribeAlarms as the facts\' errors', async () => {
    const logs = mockClient(CloudWatchLogsClient);
    const cw = mockClient(CloudWatchClient);
    try {
      logs.on(DescribeMetricFiltersCommand).rejects(accessDenied());
      cw.on(DescribeAlarmsCommand).rejects(accessDenied());
      const inv = await collectFromMoto(fake, [metricFilters, alarms], REGIONS);
      for (const region of REGIONS) {
        expect(inv.get(metricFilters, region)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'logs:DescribeMetricFilters' } });
        expect(inv.get(alarms, region)).toMatchObject({ ok: false, error: { kind: 'AccessDenied', operation: 'cloudwatch:DescribeAlarms' } });
      }
    } finally {
      logs.restore();
      cw.restore();
    }
  });
});
