/** Fixture builders for the CloudWatch metric-filter check tests (test-only). */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import { FixtureInventory, denied, runCheck } from '../../../test/helpers/check.js';
import type { Trail } from '../cloudtrail/collectors.js';
import { makeTrail, withTrails } from '../cloudtrail/test-fixtures.js';
import { alarms, metricFilters, type MetricAlarm, type MetricFilter } from './collectors.js';
import type { AlarmRequirement } from './metric-filters.js';
import { topicSubscriptions, type Subscription } from '../sns/collectors.js';

export const LOG_GROUP = 'cloudtrail-events';
export const TOPIC = 'arn:aws:sns:us-east-1:123456789012:security-alerts';
export const logGroupArn = (region = 'us-east-1', account = '123456789012', name = LOG_GROUP) => `arn:aws:logs:${region}:${account}:log-group:${name}:*`;

export interface Scenario {
  regions?: string[];
  /** The trail delivering to the log group (multi-region and logging by default). */
  trail?: Partial<Trail>;
  /** Filters on the trail's log group, one metric each (CIS/M0, CIS/M1...). */
  patterns?: string[];
  /** Alarms; by default one per filter metric, with an SNS action. */
  alarms?: MetricAlarm[];
  /** Extra filters, e.g. on other log groups. */
  extraFilters?: MetricFilter[];
  /** Subscriptions of TOPIC (by default one confirmed e-mail subscription). */
  subscriptions?: Subscription[];
}

export const confirmed: Subscription = { subscriptionArn: `${TOPIC}:0b6941c4-1b47-4bd6-9c3f-8a8c2a1f2b3e`, protocol: 'email', endpoint: 'secops@example.com' };
export const pending: Subscription = { subscriptionArn: 'PendingConfirmation', protocol: 'email', endpoint: 'secops@example.com' };

export const filterOn = (i: number, pattern: string, logGroupName = LOG_GROUP): MetricFilter => ({
  name: `filter-${i}`,
  logGroupName,
  pattern,
  metrics: [{ namespace: 'CIS', name: `M${i}` }],
});

export const alarmOn = (i: number, o: Partial<MetricAlarm> = {}): MetricAlarm => ({
  name: `alarm-${i}`,
  arn: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:alarm-${i}`,
  namespace: 'CIS',
  metricName: `M${i}`,
  actionsEnabled: true,
  alarmActions: [TOPIC],
  ...o,
});

/** An account whose multi-region trail sends events to LOG_GROUP in the trail's home region. */
export function scenario(s: Scenario = {}): FixtureInventory {
  const regions = s.regions ?? ['us-east-1', 'eu-west-1'];
  const trail = makeTrail({ cloudWatchLogsLogGroupArn: logGroupArn(s.trail?.homeRegion ?? 'us-east-1'), ...s.trail });
  const fx = withTrails(new FixtureInventory(regions), [trail]);
  const patterns = s.patterns ?? [];
  const home = trail.homeRegion;
  fx.set(metricFilters, [], regions).set(alarms, [], regions).set(topicSubscriptions, {}, regions);
  if (regions.includes('us-east-1')) fx.set(topicSubscriptions, { [TOPIC]: { ok: true, data: s.subscriptions ?? [confirmed] } }, ['us-east-1']);
  if (regions.includes(home)) {
    fx.set(metricFilters, [...patterns.map((p, i) => filterOn(i, p)), ...(s.extraFilters ?? [])], [home]);
    fx.set(alarms, s.alarms ?? patterns.map((_, i) => alarmOn(i)), [home]);
  }
  return fx;
}

/**
 * The standard behaviour every metric-filter check must show: PASS for its recommended pattern and for a
 * differently written equivalent, FAIL for a pattern that misses something, ERROR for unreadable filters.
 */
export function describeAlarmCheck(
  check: Check,
  requirement: AlarmRequirement,
  cases: { equivalent: string; failing: string; failingMessage: RegExp },
): void {
  describe(check.id, () => {
    it('PASS with the recommended filter pattern and an alarm that notifies', () => {
      const [f] = runCheck(check, scenario({ patterns: [requirement.recommendedPattern] }));
      expect(f.status).toBe('PASS');
      expect(f.statusExtended).toContain('alarm-0 through metric filter filter-0 on log group cloudtrail-events (trail main)');
      expect(f.region).toBe('us-east-1');
    });
    it('PASS with an equivalent pattern written differently', () => {
      expect(runCheck(check, scenario({ patterns: [cases.equivalent] }))[0].status).toBe('PASS');
    });
    it('FAIL when the filter misses part of the activity or matches everything', () => {
      const [f] = runCheck(check, scenario({ patterns: [cases.failing] }));
      expect(f.status).toBe('FAIL');
      expect(f.statusExtended).toMatch(cases.failingMessage);
    });
    it('FAIL when nothing watches the log group', () => {
      const [f] = runCheck(check, scenario());
      expect(f.status).toBe('FAIL');
      expect(f.statusExtended).toContain(`No metric filter on log group ${LOG_GROUP} (trail main) matches ${requirement.what}`);
    });
    it('FAIL when the alarm\'s SNS topic has no subscriber, or only pending confirmations (CIS audit)', () => {
      for (const subscriptions of [[], [pending]]) {
        const [f] = runCheck(check, scenario({ patterns: [requirement.recommendedPattern], subscriptions }));
        expect(f.status).toBe('FAIL');
        expect(f.statusExtended).toContain('its alarm alarm-0 notifies SNS topic security-alerts, which has no confirmed subscription');
        expect(f.statusExtended).toContain('notifies nobody');
      }
    });
    it('FAIL when the alarm\'s only action is not an SNS topic', () => {
      const action = 'arn:aws:automate:us-east-1:ec2:stop';
      const [f] = runCheck(check, scenario({ patterns: [requirement.recommendedPattern], alarms: [alarmOn(0, { alarmActions: [action] })] }));
      expect(f.status).toBe('FAIL');
      expect(f.statusExtended).toContain('notifies no SNS topic');
    });
    it('MANUAL when the alarm notifies a topic of another account', () => {
      const foreign = 'arn:aws:sns:us-east-1:999999999999:central-alerts';
      const [f] = runCheck(check, scenario({ patterns: [requirement.recommendedPattern], alarms: [alarmOn(0, { alarmActions: [foreign] })] }));
      expect(f.status).toBe('MANUAL');
      expect(f.statusExtended).toContain('account 999999999999');
    });
    it('ERROR when the subscriptions of the alarm\'s topic could not be read', () => {
      const fx = scenario({ patterns: [requirement.recommendedPattern] }).set(topicSubscriptions, { [TOPIC]: { ok: false, error: denied('sns:ListSubscriptionsByTopic') } }, ['us-east-1']);
      const [f] = runCheck(check, fx);
      expect(f.status).toBe('ERROR');
      expect(f.statusExtended).toContain('sns:ListSubscriptionsByTopic');
    });
    it('ERROR when the metric filters of the log group region could not be read', () => {
      const fx = scenario({ patterns: [requirement.recommendedPattern] }).set(metricFilters, { error: denied('logs:DescribeMetricFilters') }, ['us-east-1']);
      const [f] = runCheck(check, fx);
      expect(f.status).toBe('ERROR');
      expect(f.statusExtended).toContain('logs:DescribeMetricFilters');
    });
  });
}
