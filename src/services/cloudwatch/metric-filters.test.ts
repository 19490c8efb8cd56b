import { describe, expect, it } from 'vitest';
import check, { requirement } from './checks/cloudwatch_log_metric_filter_security_group_changes.js';
import unauthorized, { requirement as unauthorizedReq } from './checks/cloudwatch_log_metric_filter_unauthorized_api_calls.js';
import { trailList, trails } from '../cloudtrail/collectors.js';
import { okr } from '../cloudtrail/test-fixtures.js';
import { alarms, metricFilters } from './collectors.js';
import { eventNamePattern, parseLogGroupArn } from './metric-filters.js';
import { alarmOn, filterOn, logGroupArn, scenario } from './test-fixtures.js';
import { denied, runCheck } from '../../../test/helpers/check.js';

const SG = 'ec2.amazonaws.com';
const PATTERN = requirement.recommendedPattern;
const one = (fx: ReturnType<typeof scenario>, c = check) => {
  const fs = runCheck(c, fx);
  expect(fs).toHaveLength(1);
  return fs[0];
};

describe('metric filter + alarm evaluation', () => {
  it('parses log group ARNs with or without the trailing :*', () => {
    expect(parseLogGroupArn('arn:aws:logs:eu-west-1:123456789012:log-group:/aws/cloudtrail/main:*')).toEqual({ region: 'eu-west-1', account: '123456789012', name: '/aws/cloudtrail/main' });
    expect(parseLogGroupArn('arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:x')).toEqual({ region: 'us-gov-west-1', account: '123456789012', name: 'x' });
  });

  it('reports in the region of the trail log group', () => {
    const f = one(scenario({ trail: { homeRegion: 'eu-west-1' }, patterns: [PATTERN] }));
    expect(f).toMatchObject({ status: 'PASS', region: 'eu-west-1' });
  });

  it('PASS when several filters with their own alarms cover the events between them', () => {
    const f = one(
      scenario({
        patterns: [
          eventNamePattern(SG, ['CreateSecurityGroup', 'DeleteSecurityGroup']),
          eventNamePattern(SG, ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress']),
        ],
      }),
    );
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('alarms alarm-0, alarm-1');
  });

  it('accepts a metric-math alarm that reads the filter metric', () => {
    const f = one(scenario({ patterns: [PATTERN], alarms: [alarmOn(0, { namespace: undefined, metricName: undefined, mathMetrics: [{ namespace: 'CIS', name: 'M0' }] })] }));
    expect(f.status).toBe('PASS');
  });

  it('FAIL when no alarm watches the metric, or the alarm cannot act', () => {
    expect(one(scenario({ patterns: [PATTERN], alarms: [] })).statusExtended).toContain('no alarm watches its metric CIS/M0');
    expect(one(scenario({ patterns: [PATTERN], alarms: [alarmOn(1)] })).status).toBe('FAIL');
    for (const a of [alarmOn(0, { alarmActions: [] }), alarmOn(0, { actionsEnabled: false })]) {
      const f = one(scenario({ patterns: [PATTERN], alarms: [a] }));
      expect(f.status).toBe('FAIL');
      expect(f.statusExtended).toContain('its alarm alarm-0 has no enabled action');
    }
  });

  it('explains partial coverage event by event', () => {
    const f = one(scenario({ patterns: [eventNamePattern(SG, ['CreateSecurityGroup', 'DeleteSecurityGroup'])] }));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('matches AuthorizeSecurityGroupIngress, AuthorizeSecurityGroupEgress, RevokeSecurityGroupIngress, RevokeSecurityGroupEgress.');
  });

  it('ignores filters on other log groups and filters that match unrelated activity', () => {
    expect(one(scenario({ extraFilters: [filterOn(0, PATTERN, 'other-group')] })).statusExtended).toContain('No metric filter on log group cloudtrail-events');
    const broad = one(scenario({ patterns: ['{ $.eventSource = "ec2.amazonaws.com" }'] }));
    expect(broad.status).toBe('FAIL');
    expect(broad.statusExtended).toContain('also unrelated activity');
    expect(one(scenario({ patterns: [''] })).status).toBe('FAIL');
  });

  it('says when a filter pattern could not be evaluated', () => {
    const f = one(scenario({ patterns: ['{ $.eventName = '] }));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain('filter filter-0 could not be evaluated');
  });

  it('requires a logging multi-region trail that records the events', () => {
    expect(one(scenario({ trail: { isMultiRegion: false }, patterns: [PATTERN] })).statusExtended).toContain('Only single-region trails (main)');
    const stopped = one(scenario({ trail: { status: okr({ isLogging: false }) }, patterns: [PATTERN] }));
    expect(stopped.status).toBe('FAIL');
    expect(stopped.statusExtended).toContain('main sends events to CloudWatch Logs but is not logging');
    expect(one(scenario({ trail: { cloudWatchLogsLogGroupArn: undefined }, patterns: [PATTERN] })).statusExtended).toContain(
      'No logging multi-region CloudTrail trail sends events to CloudWatch Logs',
    );
    const writeOnly = okr({ classic: [{ readWriteType: 'WriteOnly' as const, includeManagementEvents: true, dataResources: [] }], advanced: [] });
    // Security group changes are writes: a write-only trail is enough.
    expect(one(scenario({ trail: { eventSelectors: writeOnly }, patterns: [PATTERN] })).status).toBe('PASS');
    // Refused reads are not recorded by a write-only trail.
    const f = one(scenario({ trail: { eventSelectors: writeOnly }, patterns: [unauthorizedReq.recommendedPattern] }), unauthorized);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toContain("Trail main's event selectors do not record AccessDeniedException errors");
    const noManagement = okr({ classic: [{ readWriteType: 'All' as const, includeManagementEvents: false, dataResources: [] }], advanced: [] });
    expect(one(scenario({ trail: { eventSelectors: noManagement }, patterns: [PATTERN] })).status).toBe('FAIL');
  });

  it('MANUAL when the log group belongs to another account', () => {
    const f = one(scenario({ trail: { cloudWatchLogsLogGroupArn: logGroupArn('us-east-1', '999988887777', 'org-trail') }, patterns: [PATTERN] }));
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('account 999988887777');
  });

  it('ERROR when trails, trail status, alarms or the log group region are unreadable', () => {
    const deniedTrails = scenario({ patterns: [] }).set(trails, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']);
    expect(one(deniedTrails)).toMatchObject({ status: 'ERROR', error: { operation: 'cloudtrail:DescribeTrails' } });

    const deniedStatus = scenario({ trail: { status: { ok: false, error: denied('cloudtrail:GetTrailStatus') } }, patterns: [PATTERN] });
    expect(one(deniedStatus).statusExtended).toContain('cloudtrail:GetTrailStatus');

    const deniedAlarms = scenario({ patterns: [PATTERN] }).set(alarms, { error: denied('cloudwatch:DescribeAlarms') }, ['us-east-1']);
    expect(one(deniedAlarms)).toMatchObject({ status: 'ERROR', error: { operation: 'cloudwatch:DescribeAlarms' } });

    const deniedSelectors = scenario({ trail: { eventSelectors: { ok: false, error: denied('cloudtrail:GetEventSelectors') } }, patterns: [PATTERN] });
    expect(one(deniedSelectors).status).toBe('ERROR');

    const elsewhere = scenario({ trail: { cloudWatchLogsLogGroupArn: logGroupArn('ap-south-1') }, patterns: [PATTERN] });
    const f = one(elsewhere);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ap-south-1 was not scanned');
  });

  it('PASS is not held back by unreadable data elsewhere', () => {
    const fx = scenario({ patterns: [PATTERN] })
      .set(trails, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1'])
      .set(trailList, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1'])
      .set(metricFilters, { error: denied('logs:DescribeMetricFilters') }, ['eu-west-1']);
    expect(one(fx).status).toBe('PASS');
  });
});
