import { describe, expect, it } from 'vitest';
import check from './cloudtrail_cloudwatch_logging_enabled.js';
import { trails } from '../collectors.js';
import { makeTrail, okr, withTrails } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

// FixtureInventory's scan time is 2026-11-01T12:00:00Z.
const LG = 'arn:aws:logs:us-east-1:123456789012:log-group:trail:*';
const run = (...t: Parameters<typeof makeTrail>[0][]) => runCheck(check, withTrails(new FixtureInventory(), t.map(makeTrail)));

describe('cloudtrail_cloudwatch_logging_enabled', () => {
  it('PASS when the trail delivered to its log group within a day', () => {
    const [f] = run({ cloudWatchLogsLogGroupArn: LG, status: okr({ isLogging: true, latestCloudWatchLogsDeliveryTime: '2026-11-01T08:00:00.000Z' }) });
    expect(f.status).toBe('PASS');
    expect(f.resource.id).toBe('main');
  });
  it('FAIL without a log group, without any delivery, or with a stale delivery', () => {
    expect(run({})[0]).toMatchObject({ status: 'FAIL', statusExtended: expect.stringContaining('does not send') });
    const never = run({ cloudWatchLogsLogGroupArn: LG, status: okr({ isLogging: true, latestCloudWatchLogsDeliveryError: 'AccessDenied' }) })[0];
    expect(never.status).toBe('FAIL');
    expect(never.statusExtended).toContain('never delivered');
    expect(never.statusExtended).toContain('AccessDenied');
    const stale = run({ cloudWatchLogsLogGroupArn: LG, status: okr({ isLogging: false, latestCloudWatchLogsDeliveryTime: '2026-10-30T12:00:00.000Z' }) })[0];
    expect(stale.status).toBe('FAIL');
    expect(stale.statusExtended).toContain('2026-10-30T12:00:00.000Z');
  });
  it('honours a configured maximum age', () => {
    const fx = withTrails(new FixtureInventory(), [
      makeTrail({ cloudWatchLogsLogGroupArn: LG, status: okr({ isLogging: true, latestCloudWatchLogsDeliveryTime: '2026-10-30T12:00:00.000Z' }) }),
    ]);
    expect(runCheck(check, fx, { config: { [check.id]: { max_delivery_age_hours: 72 } } })[0].status).toBe('PASS');
  });
  it('ERROR when the trail status or the trail list could not be read', () => {
    const [f] = run({ cloudWatchLogsLogGroupArn: LG, status: { ok: false, error: denied('cloudtrail:GetTrailStatus') } });
    expect(f.status).toBe('ERROR');
    expect(f.resource.id).toBe('main');
    expect(f.statusExtended).toContain('cloudtrail:GetTrailStatus');
    const [g] = runCheck(check, new FixtureInventory().set(trails, { error: denied('cloudtrail:DescribeTrails') }));
    expect(g.status).toBe('ERROR');
  });
  it('MANUAL for an organization trail of another account whose status is not readable', () => {
    const [f] = run({ arn: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org', name: 'org', cloudWatchLogsLogGroupArn: LG, status: { ok: false, error: denied('cloudtrail:GetTrailStatus') } });
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('belongs to account 999988887777');
  });
});
