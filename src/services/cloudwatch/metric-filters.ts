/**
 * Shared logic of the CIS "metric filter and alarm" checks. Each check names the CloudTrail events that
 * must raise an alarm; an event counts as alerted on when
 *   1. a multi-region trail that is logging records it (its event selectors) and sends it to a
 *      CloudWatch Logs log group of this account,
 *   2. a metric filter on that log group matches the event (the pattern is evaluated against a sample
 *      event, see filter-pattern.ts) without also matching unrelated activity,
 *   3. an alarm in the log group's region watches the filter's metric and has an enabled action,
 *   4. that action is an SNS topic with at least one confirmed subscription (the benchmark's audit: an
 *      alarm whose topic nobody subscribes to, or only pending confirmations, notifies nobody).
 * One finding per account: PASS when every listed event is alerted on, ERROR when that cannot be
 * decided from the data collected, MANUAL when the log group lives in another account, FAIL otherwise.
 */
import type { EvalContext } from '../../core/check.js';
import type { Result } from '../../core/types.js';
import { trailList, trails, type Trail } from '../cloudtrail/collectors.js';
import { explain, firstUnknown, listNames, notScanned, readTrails, recordsManagementEvent, type Unknown } from '../cloudtrail/trail-helpers.js';
import { alarms, metricFilters, type MetricAlarm, type MetricFilter } from './collectors.js';
import { isActiveSubscription, topicSubscriptions, type Subscription } from '../sns/collectors.js';
import { compileFilterPattern, type CompiledPattern, type LogEvent } from './filter-pattern.js';

export const METRIC_ALARM_FACTS = [trails, trailList, metricFilters, alarms, topicSubscriptions];

export interface SampleEvent {
  /** Short name used in messages, e.g. "DeleteTrail" or "console sign-in without MFA". */
  label: string;
  eventSource: string;
  eventName: string;
  readOnly: boolean;
  event: LogEvent;
}

export interface AlarmRequirement {
  /** The activity, as a plural noun phrase: "changes to network ACLs". */
  what: string;
  /** Every one of these must raise an alarm. */
  events: SampleEvent[];
  /** A filter that also matches any of these (or everyday read-only calls) watches everything, not the activity: it does not count. */
  unrelated: SampleEvent[];
  /** A pattern that satisfies the requirement, for the remediation text (tested to pass). */
  recommendedPattern: string;
}

const SAMPLE_ACCOUNT = '111122223333';
const IAM_USER = {
  type: 'IAMUser',
  principalId: 'AIDAEXAMPLEUSERID0001',
  arn: `arn:aws:iam::${SAMPLE_ACCOUNT}:user/alice`,
  accountId: SAMPLE_ACCOUNT,
  userName: 'alice',
};
export const ROOT_USER = { type: 'Root', principalId: SAMPLE_ACCOUNT, arn: `arn:aws:iam::${SAMPLE_ACCOUNT}:root`, accountId: SAMPLE_ACCOUNT };

/** A CloudTrail management event as delivered to CloudWatch Logs, made by an IAM user unless overridden. */
export function sampleEvent(eventSource: string, eventName: string, readOnly: boolean, extra: LogEvent = {}, label = eventName): SampleEvent {
  const event: LogEvent = {
    eventVersion: '1.09',
    userIdentity: IAM_USER,
    eventTime: '2026-01-15T10:20:30Z',
    eventSource,
    eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '198.51.100.23',
    userAgent: 'aws-cli/2.15.0',
    requestParameters: {},
    responseElements: null,
    requestID: '00000000-0000-4000-8000-000000000000',
    eventID: '11111111-1111-4111-8111-111111111111',
    readOnly,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: SAMPLE_ACCOUNT,
    eventCategory: 'Management',
    ...extra,
  };
  return { label, eventSource, eventName, readOnly, event };
}

/** A console sign-in record (successful unless `extra` says otherwise), with or without MFA. */
export const consoleLogin = (extra: LogEvent, mfa: 'Yes' | 'No', label: string): SampleEvent =>
  sampleEvent('signin.amazonaws.com', 'ConsoleLogin', false, {
    eventType: 'AwsConsoleSignIn',
    responseElements: { ConsoleLogin: 'Success' },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: mfa },
    ...extra,
  }, label);

/** Successful calls of each name to one service: the typical "changes to X" list. */
export const writeCalls = (eventSource: string, names: string[]): SampleEvent[] => names.map((n) => sampleEvent(eventSource, n, false));
export const readCall = (eventSource: string, name: string): SampleEvent => sampleEvent(eventSource, name, true);

/** `{ ($.eventSource = "s") && (($.eventName = "A") || ...) }` */
export const eventNamePattern = (eventSource: string, names: string[]): string =>
  `{ ($.eventSource = "${eventSource}") && (${names.map((n) => `($.eventName = "${n}")`).join(' || ')}) }`;

/** The remediation command for a requirement: a metric filter on the trail's log group and an alarm on its metric. */
export function remediationCli(metricName: string, pattern: string): string {
  return (
    `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${metricName} ` +
    `--metric-transformations metricName=${metricName},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${pattern}' && ` +
    `aws cloudwatch put-metric-alarm --alarm-name ${metricName} --metric-name ${metricName} --namespace CISBenchmark --statistic Sum ` +
    `--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>`
  );
}

/** The same metric filter, alarm and subscribed SNS topic in Terraform (AWS provider v5). */
export function remediationTerraform(metricName: string, pattern: string): string {
  const hcl = pattern.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '$${');
  const id = metricName.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return [
    `resource "aws_cloudwatch_log_metric_filter" "${id}" {`,
    `  name           = "${metricName}"`,
    `  log_group_name = "<trail-log-group>"`,
    `  pattern        = "${hcl}"`,
    `  metric_transformation {`,
    `    name      = "${metricName}"`,
    `    namespace = "CISBenchmark"`,
    `    value     = "1"`,
    `  }`,
    `}`,
    ``,
    `resource "aws_sns_topic" "security_alerts" {`,
    `  name = "security-alerts"`,
    `}`,
    ``,
    `resource "aws_sns_topic_subscription" "security_team" {`,
    `  topic_arn = aws_sns_topic.security_alerts.arn`,
    `  protocol  = "email"`,
    `  endpoint  = "<security-team@example.com>"`,
    `}`,
    ``,
    `resource "aws_cloudwatch_metric_alarm" "${id}" {`,
    `  alarm_name          = "${metricName}"`,
    `  metric_name         = aws_cloudwatch_log_metric_filter.${id}.metric_transformation[0].name`,
    `  namespace           = "CISBenchmark"`,
    `  statistic           = "Sum"`,
    `  period              = 300`,
    `  evaluation_periods  = 1`,
    `  threshold           = 1`,
    `  comparison_operator = "GreaterThanOrEqualToThreshold"`,
    `  treat_missing_data  = "notBreaching"`,
    `  alarm_actions       = [aws_sns_topic.security_alerts.arn]`,
    `}`,
  ].join('\n');
}

/** The same metric filter, alarm and subscribed SNS topic in CloudFormation. */
export function remediationCloudFormation(metricName: string, pattern: string): string {
  const yaml = `'${pattern.replace(/'/g, "''")}'`;
  return [
    'Resources:',
    `  ${metricName}Filter:`,
    '    Type: AWS::Logs::MetricFilter',
    '    Properties:',
    '      LogGroupName: <trail-log-group>',
    `      FilterName: ${metricName}`,
    `      FilterPattern: ${yaml}`,
    '      MetricTransformations:',
    `        - MetricName: ${metricName}`,
    '          MetricNamespace: CISBenchmark',
    "          MetricValue: '1'",
    '  SecurityAlerts:',
    '    Type: AWS::SNS::Topic',
    '    Properties:',
    '      Subscription:',
    '        - Protocol: email',
    '          Endpoint: <security-team@example.com>',
    `  ${metricName}Alarm:`,
    '    Type: AWS::CloudWatch::Alarm',
    '    Properties:',
    `      AlarmName: ${metricName}`,
    `      MetricName: ${metricName}`,
    '      Namespace: CISBenchmark',
    '      Statistic: Sum',
    '      Period: 300',
    '      EvaluationPeriods: 1',
    '      Threshold: 1',
    '      ComparisonOperator: GreaterThanOrEqualToThreshold',
    '      TreatMissingData: notBreaching',
    '      AlarmActions:',
    '        - !Ref SecurityAlerts',
  ].join('\n');
}

interface LogGroupRef {
  region: string;
  account: string;
  name: string;
}

export function parseLogGroupArn(arn: string): LogGroupRef | undefined {
  const m = /^arn:[^:]+:logs:([^:]+):([^:]*):log-group:(.+?)(?::\*)?$/.exec(arn);
  return m ? { region: m[1], account: m[2], name: m[3] } : undefined;
}

const watches = (a: MetricAlarm, m: { namespace: string; name: string }): boolean =>
  (a.namespace === m.namespace && a.metricName === m.name) || (a.mathMetrics ?? []).some((x) => x.namespace === m.namespace && x.name === m.name);

/** How far an event got towards raising an alarm, with what to say about it. */
interface Progress {
  level: number;
  clause: (labels: string) => string;
  /** The only thing missing cannot be seen from this account (a topic of another account): MANUAL, not FAIL. */
  manual?: boolean;
}

/** Everyday read-only activity that no monitoring filter should match. */
const BACKGROUND: SampleEvent[] = [
  sampleEvent('sts.amazonaws.com', 'GetCallerIdentity', true),
  sampleEvent('ec2.amazonaws.com', 'DescribeInstances', true),
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function reportMetricAlarm(ctx: EvalContext<any>, req: AlarmRequirement): void {
  const view = readTrails(ctx);
  const filters = new Map(ctx.regional(metricFilters).map(({ region, result }) => [region, result]));
  const alarmResults = new Map(ctx.regional(alarms).map(({ region, result }) => [region, result]));
  const subscriptionResults = new Map(ctx.regional(topicSubscriptions).map(({ region, result }) => [region, result]));
  /** Whether an alarm notifies someone: an SNS action whose topic has a confirmed subscription. */
  const notifies = (a: MetricAlarm): { ok: true } | { ok: false; unknown?: Unknown; reason?: string; manual?: boolean } => {
    const topicArns = a.alarmActions.filter((x) => /^arn:[^:]+:sns:/.test(x));
    if (!topicArns.length) return { ok: false, reason: `its alarm ${a.name} notifies no SNS topic (its actions: ${a.alarmActions.join(', ')})` };
    const reasons: string[] = [];
    let unknown: Unknown | undefined;
    let foreign = false;
    for (const arn of topicArns) {
      const [, , , region, account] = arn.split(':');
      const topic = arn.split(':').slice(5).join(':');
      if (account !== ctx.account.accountId) {
        foreign = true;
        reasons.push(`its alarm ${a.name} notifies SNS topic ${topic} of account ${account}, whose subscriptions this scan cannot read`);
        continue;
      }
      const byTopic = ctx.regions.includes(region)
        ? subscriptionResults.get(region)
        : { ok: false as const, error: notScanned('sns:ListSubscriptionsByTopic', region) };
      if (!byTopic) continue;
      if (!byTopic.ok) {
        unknown ??= { error: byTopic.error, what: `the subscriptions of SNS topic ${topic} (alarm ${a.name}) could not be read` };
        continue;
      }
      const subs: Result<Subscription[]> | undefined = byTopic.data[arn];
      if (!subs) {
        reasons.push(`its alarm ${a.name} notifies SNS topic ${topic}, which does not exist`);
        continue;
      }
      if (!subs.ok) {
        unknown ??= { error: subs.error, what: `the subscriptions of SNS topic ${topic} (alarm ${a.name}) could not be read` };
        continue;
      }
      if (subs.data.some(isActiveSubscription)) return { ok: true };
      const pending = subs.data.filter((x) => x.subscriptionArn === 'PendingConfirmation').length;
      reasons.push(
        `its alarm ${a.name} notifies SNS topic ${topic}, which has no confirmed subscription${pending ? ` (${pending} pending confirmation)` : ''}, so the alarm notifies nobody`,
      );
    }
    if (unknown) return { ok: false, unknown };
    return { ok: false, reason: reasons[0], manual: foreign && reasons.length === topicArns.length && reasons.every((r) => r.includes('cannot read')) };
  };
  const compiled = new Map<string, CompiledPattern>();
  const compile = (p: string) => compiled.get(p) ?? compiled.set(p, compileFilterPattern(p)).get(p)!;
  const matches = (f: MetricFilter, e: SampleEvent) => {
    const c = compile(f.pattern);
    return c.ok && c.match(e.event);
  };

  const unknowns: Unknown[] = [];
  const crossAccount: Array<{ t: Trail; lg: LogGroupRef }> = [];
  const delivering = view.trails.flatMap((t) => {
    const lg = t.cloudWatchLogsLogGroupArn ? parseLogGroupArn(t.cloudWatchLogsLogGroupArn) : undefined;
    return lg ? [{ t, lg }] : [];
  });
  const multi = delivering.filter(({ t }) => t.isMultiRegion);
  const stopped: string[] = [];
  const best = new Map<SampleEvent, Progress>();
  const covered = new Map<SampleEvent, { alarm: string; filter: string; where: string }>();
  const advance = (e: SampleEvent, p: Progress) => {
    if ((best.get(e)?.level ?? -1) < p.level) best.set(e, p);
  };
  let evaluated = 0;

  for (const { t, lg } of multi) {
    if (lg.account !== ctx.account.accountId) {
      crossAccount.push({ t, lg });
      continue;
    }
    if (!t.status.ok) {
      unknowns.push({ error: t.status.error, what: `the logging status of trail ${t.name} could not be read` });
      continue;
    }
    if (!t.status.data.isLogging) {
      stopped.push(t.name);
      continue;
    }
    const where = `log group ${lg.name} (trail ${t.name})`;
    const fr: Result<MetricFilter[]> = ctx.regions.includes(lg.region)
      ? filters.get(lg.region)!
      : { ok: false, error: notScanned('logs:DescribeMetricFilters', lg.region) };
    if (!fr.ok) {
      unknowns.push({ error: fr.error, what: `the metric filters of ${where} could not be read` });
      continue;
    }
    if (!t.eventSelectors.ok) {
      unknowns.push({ error: t.eventSelectors.error, what: `the event selectors of trail ${t.name} could not be read` });
      continue;
    }
    evaluated++;
    const onGroup = fr.data.filter((f) => f.logGroupName === lg.name);
    const ar = alarmResults.get(lg.region)!;
    for (const e of req.events) {
      if (!recordsManagementEvent(t.eventSelectors.data, e)) {
        advance(e, { level: 1, clause: (l) => `trail ${t.name}'s event selectors do not record ${l}` });
        continue;
      }
      const matching = onGroup.filter((f) => matches(f, e));
      if (!matching.length) {
        const unparsed = onGroup.map((f) => ({ f, c: compile(f.pattern) })).find(({ c }) => !c.ok);
        const note = unparsed && !unparsed.c.ok ? ` (filter ${unparsed.f.name} could not be evaluated: ${unparsed.c.reason})` : '';
        advance(e, { level: 2, clause: (l) => `no metric filter on ${where} matches ${l}${note}` });
        continue;
      }
      const specific = matching.filter((f) => ![...req.unrelated, ...BACKGROUND].some((u) => matches(f, u)));
      if (!specific.length) {
        advance(e, { level: 3, clause: (l) => `metric filter ${matching[0].name} on ${where} matches ${l} but also unrelated activity, so it does not single them out` });
        continue;
      }
      if (!ar.ok) {
        unknowns.push({ error: ar.error, what: `the alarms of ${lg.region} could not be read` });
        continue;
      }
      for (const f of specific) {
        for (const m of f.metrics) {
          const on = ar.data.filter((a) => watches(a, m));
          const acting = on.filter((a) => a.actionsEnabled && a.alarmActions.length > 0);
          const verdicts = acting.map((a) => ({ a, n: notifies(a) }));
          const notifying = verdicts.find((v) => v.n.ok);
          if (notifying) {
            if (!covered.has(e)) covered.set(e, { alarm: notifying.a.name, filter: f.name, where });
          } else if (acting.length) {
            for (const { n } of verdicts) {
              if (n.ok) continue;
              if (n.unknown) unknowns.push(n.unknown);
              else if (n.reason) {
                const reason = n.reason;
                advance(e, { level: n.manual ? 7 : 6, manual: n.manual, clause: (l) => `metric filter ${f.name} on ${where} matches ${l}, but ${reason}` });
              }
            }
          } else if (on.length) {
            advance(e, { level: 5, clause: (l) => `metric filter ${f.name} on ${where} matches ${l}, but its alarm ${on[0].name} has no enabled action` });
          } else {
            advance(e, { level: 4, clause: (l) => `metric filter ${f.name} on ${where} matches ${l} but no alarm watches its metric ${m.namespace}/${m.name}` });
          }
        }
        if (!f.metrics.length) advance(e, { level: 4, clause: (l) => `metric filter ${f.name} on ${where} matches ${l} but publishes no metric` });
      }
    }
  }

  const region = multi[0]?.lg.region && ctx.regions.includes(multi[0].lg.region) ? multi[0].lg.region : ctx.homeRegion;
  const account = ctx.accountResource(region);

  if (req.events.every((e) => covered.has(e))) {
    const used = req.events.map((e) => covered.get(e)!);
    const uniq = (k: 'alarm' | 'filter' | 'where') => [...new Set(used.map((u) => u[k]))].sort();
    const [alarmNames, filterNames, wheres] = [uniq('alarm'), uniq('filter'), uniq('where')];
    const s = alarmNames.length > 1 ? 's' : '';
    ctx.pass(
      account,
      `${capitalise(req.what)} raise alarm${s} ${listNames(alarmNames)} through metric filter${filterNames.length > 1 ? 's' : ''} ${listNames(filterNames)} on ${listNames(wheres)}.`,
    );
    return;
  }
  const unknown = firstUnknown(view) ?? unknowns[0];
  if (unknown) {
    ctx.error(account, unknown.error, `Could not tell whether ${req.what} raise an alarm: ${unknown.what} (${explain(unknown.error)}).`);
    return;
  }
  if (crossAccount.length) {
    const { t, lg } = crossAccount[0];
    ctx.manual(
      account,
      `Trail ${t.name} sends events to log group ${lg.name} in account ${lg.account}, which this scan cannot read: verify there that a metric filter and an alarm with an action cover ${req.what}.`,
    );
    return;
  }
  const stoppedNote = stopped.length ? ` Multi-region trail ${listNames(stopped)} sends events to CloudWatch Logs but is not logging.` : '';
  if (evaluated === 0) {
    const single = delivering.filter(({ t }) => !t.isMultiRegion).map(({ t }) => t.name);
    const reason = single.length
      ? `only single-region trails (${listNames(single)}) send events to CloudWatch Logs, so activity in other regions cannot raise an alarm`
      : `no logging multi-region CloudTrail trail sends events to CloudWatch Logs, so no metric filter can see ${req.what}`;
    ctx.fail(account, `${capitalise(reason)}.${stoppedNote}`);
    return;
  }
  const missingEvents = req.events.filter((e) => !covered.has(e));
  if (missingEvents.every((e) => best.get(e)?.manual)) {
    const p = best.get(missingEvents[0])!;
    ctx.manual(account, `${capitalise(p.clause(missingEvents.length === req.events.length ? req.what : listNames(missingEvents.map((e) => e.label), 4)))}: verify there that it has a confirmed subscription.`);
    return;
  }
  // Group the events that are not alerted on by how far they got.
  const groups = new Map<string, { p: Progress; labels: string[] }>();
  const missing = req.events.filter((e) => !covered.has(e));
  for (const e of missing) {
    const p = best.get(e)!;
    const key = p.clause(''); // same clause text = same reason
    const g = groups.get(key) ?? { p, labels: [] };
    g.labels.push(e.label);
    groups.set(key, g);
  }
  const clauses = [...groups.values()].map(({ p, labels }) => p.clause(missing.length === req.events.length && groups.size === 1 ? req.what : listNames(labels, 4)));
  ctx.fail(account, `${capitalise(clauses.join('; '))}.${stoppedNote}`);
}
