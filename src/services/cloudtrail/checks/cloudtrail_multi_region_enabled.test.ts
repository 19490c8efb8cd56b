import { describe, expect, it } from 'vitest';
import check from './cloudtrail_multi_region_enabled.js';
import { trailList, trails } from '../collectors.js';
import { makeTrail, okr, trailConfig, withTrails } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-south-1'];
const byRegion = (fs: ReturnType<typeof runCheck>) => Object.fromEntries(fs.map((f) => [f.region, f]));

describe('cloudtrail_multi_region_enabled', () => {
  it('PASS in every region for a logging multi-region trail homed elsewhere', () => {
    const fs = runCheck(check, withTrails(new FixtureInventory(REGIONS), [makeTrail({ name: 'org', homeRegion: 'us-east-1' })]));
    expect(fs.map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS']);
    expect(byRegion(fs)['eu-west-1'].statusExtended).toContain('org (multi-region, homed in us-east-1)');
    expect(byRegion(fs)['eu-west-1'].resource.arn).toBe('arn:aws:iam::123456789012:root');
  });
  it('a single-region trail covers only its own region; a stopped trail covers nothing', () => {
    const fs = byRegion(
      runCheck(
        check,
        withTrails(new FixtureInventory(REGIONS), [
          makeTrail({ name: 'local', homeRegion: 'eu-west-1', isMultiRegion: false }),
          makeTrail({ name: 'stopped', homeRegion: 'us-east-1', status: okr({ isLogging: false }) }),
        ]),
      ),
    );
    expect(fs['eu-west-1'].status).toBe('PASS');
    expect(fs['us-east-1'].status).toBe('FAIL');
    expect(fs['us-east-1'].statusExtended).toContain('not logging: stopped');
    expect(fs['ap-south-1'].status).toBe('FAIL');
  });
  it('FAIL in each region when there are no trails', () => {
    const fs = runCheck(check, withTrails(new FixtureInventory(REGIONS), []));
    expect(fs).toHaveLength(3);
    expect(fs.every((f) => f.status === 'FAIL' && /No CloudTrail trail records region/.test(f.statusExtended))).toBe(true);
  });
  it('ERROR when the covering trail\'s status or the region\'s trails could not be read', () => {
    const fx = withTrails(new FixtureInventory(REGIONS), [makeTrail({ status: { ok: false, error: denied('cloudtrail:GetTrailStatus') } })]);
    const fs = runCheck(check, fx);
    expect(fs.every((f) => f.status === 'ERROR' && f.statusExtended.includes('cloudtrail:GetTrailStatus'))).toBe(true);

    const fx2 = withTrails(new FixtureInventory(REGIONS), []);
    fx2.set(trails, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']).set(trailList, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']);
    const fs2 = byRegion(runCheck(check, fx2));
    expect(fs2['eu-west-1'].status).toBe('ERROR');
    expect(fs2['eu-west-1'].error?.code).toBe('AccessDenied');
    expect(fs2['us-east-1'].status).toBe('FAIL');
  });
  it('a denied region still PASSes when a multi-region trail read elsewhere covers it', () => {
    const fx = withTrails(new FixtureInventory(REGIONS), [makeTrail()]);
    fx.set(trails, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']).set(trailList, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']);
    expect(byRegion(runCheck(check, fx))['eu-west-1'].status).toBe('PASS');
  });
  it('ERROR (not FAIL) when the only covering trail is homed in a region that was not scanned', () => {
    const fx = new FixtureInventory(['eu-west-1']);
    const shadow = makeTrail({ name: 'org', homeRegion: 'us-east-1' });
    fx.set(trails, []).set(trailList, [trailConfig(shadow)]);
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('us-east-1 was not scanned');
  });
  it('MANUAL when only an organization trail of another account covers the region and its status is not readable', () => {
    const org = makeTrail({ name: 'org', arn: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org', isOrganizationTrail: true, status: { ok: false, error: denied('cloudtrail:GetTrailStatus') } });
    const [f] = runCheck(check, withTrails(new FixtureInventory(), [org]));
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('account 999988887777');
  });
});
