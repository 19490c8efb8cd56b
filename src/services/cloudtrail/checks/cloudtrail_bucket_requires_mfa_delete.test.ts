import { describe, expect, it } from 'vitest';
import check from './cloudtrail_bucket_requires_mfa_delete.js';
import { trailList, type TrailConfig } from '../collectors.js';
import { buckets, bucketVersioning } from '../../s3/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const trail = (name: string, bucket: string, homeRegion = 'us-east-1', isMultiRegion = false): TrailConfig => ({
  arn: `arn:aws:cloudtrail:${homeRegion}:123456789012:trail/${name}`,
  name,
  homeRegion,
  isMultiRegion,
  isOrganizationTrail: false,
  s3BucketName: bucket,
  logFileValidationEnabled: true,
});
const bucket = (name: string, region = 'us-east-1') => ({ name, arn: `arn:aws:s3:::${name}`, region });

function fixture() {
  return new FixtureInventory(['us-east-1', 'eu-west-1'])
    .set(buckets, [bucket('guarded-logs'), bucket('plain-logs', 'eu-west-1'), bucket('locked-logs')])
    .set(bucketVersioning, {
      'guarded-logs': { ok: true, data: { status: 'Enabled', mfaDelete: true } },
      'plain-logs': { ok: true, data: { status: 'Enabled', mfaDelete: false } },
      'locked-logs': { ok: false, error: denied('s3:GetBucketVersioning') },
    });
}

describe('cloudtrail_bucket_requires_mfa_delete', () => {
  it('PASS and FAIL per trail, each multi-region trail once', () => {
    const main = trail('main', 'guarded-logs', 'us-east-1', true);
    const fx = fixture()
      .set(trailList, [main, trail('eu', 'plain-logs', 'eu-west-1')], ['eu-west-1'])
      .set(trailList, [main], ['us-east-1']);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ main: 'PASS', eu: 'FAIL' });
    expect(findings).toHaveLength(2);
    const eu = findings.find((f) => f.resource.id === 'eu');
    expect(eu?.resource).toMatchObject({ arn: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/eu', region: 'eu-west-1' });
    expect(eu?.statusExtended).toBe('Trail eu logs to bucket plain-logs, which does not have MFA delete enabled.');
  });

  it('MANUAL when the bucket belongs to another account', () => {
    const [f] = runCheck(check, fixture().set(trailList, [trail('org', 'central-archive')], ['us-east-1']).set(trailList, [], ['eu-west-1']));
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('central-archive');
    expect(f.statusExtended).toContain('not one of this account');
  });

  it('ERROR when the versioning, the bucket list or a region’s trails could not be read', () => {
    const findings = runCheck(check, fixture().set(trailList, [trail('t', 'locked-logs')], ['us-east-1']).set(trailList, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']));
    expect(findings.map((f) => [f.resource.id, f.status, f.region])).toEqual(
      expect.arrayContaining([
        ['123456789012', 'ERROR', 'eu-west-1'],
        ['t', 'ERROR', 'us-east-1'],
      ]),
    );
    expect(findings.find((f) => f.resource.id === 't')?.statusExtended).toContain('s3:GetBucketVersioning');
    expect(findings.find((f) => f.region === 'eu-west-1')?.statusExtended).toContain('cloudtrail:DescribeTrails');

    const noList = new FixtureInventory().set(trailList, [trail('t', 'any')]).set(buckets, { error: denied('s3:ListBuckets') }).set(bucketVersioning, {});
    const [g] = runCheck(check, noList);
    expect(g.status).toBe('ERROR');
    expect(g.statusExtended).toContain('s3:ListBuckets');
  });
});
