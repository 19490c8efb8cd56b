import { describe, expect, it } from 'vitest';
import check from './cloudtrail_logs_s3_bucket_access_logging_enabled.js';
import { trailList, type TrailConfig } from '../collectors.js';
import { bucketLogging, buckets } from '../../s3/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const trail = (name: string, bucket: string): TrailConfig => ({
  arn: `arn:aws:cloudtrail:us-east-1:123456789012:trail/${name}`,
  name,
  homeRegion: 'us-east-1',
  isMultiRegion: true,
  isOrganizationTrail: false,
  s3BucketName: bucket,
  logFileValidationEnabled: true,
});
const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });

const fixture = (trails: TrailConfig[]) =>
  new FixtureInventory()
    .set(trailList, trails)
    .set(buckets, [bucket('logged'), bucket('silent'), bucket('locked')])
    .set(bucketLogging, {
      logged: { ok: true, data: { enabled: true, targetBucket: 'access-logs', targetPrefix: 'logged/' } },
      silent: { ok: true, data: { enabled: false } },
      locked: { ok: false, error: denied('s3:GetBucketLogging') },
    });

describe('cloudtrail_logs_s3_bucket_access_logging_enabled', () => {
  it('PASS when the log bucket has access logging, FAIL when not', () => {
    const findings = runCheck(check, fixture([trail('a', 'logged'), trail('b', 'silent')]));
    expect(statusById(findings)).toEqual({ a: 'PASS', b: 'FAIL' });
    expect(findings[0].statusExtended).toContain('access-logs');
    expect(findings[1].statusExtended).toBe('Trail b logs to bucket silent, which does not have server access logging enabled.');
  });
  it('MANUAL for a bucket in another account', () => {
    const [f] = runCheck(check, fixture([trail('org', 'log-archive-bucket')]));
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('verify that server access logging is enabled');
  });
  it('ERROR when the logging configuration was denied', () => {
    const [f] = runCheck(check, fixture([trail('c', 'locked')]));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('s3:GetBucketLogging');
  });
  it('reports nothing when no trail exists', () => {
    expect(runCheck(check, fixture([]))).toEqual([]);
  });
});
