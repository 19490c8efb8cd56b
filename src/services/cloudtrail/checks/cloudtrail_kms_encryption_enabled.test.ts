import { describe, expect, it } from 'vitest';
import check from './cloudtrail_kms_encryption_enabled.js';
import { trailList } from '../collectors.js';
import { makeTrail, withTrails } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('cloudtrail_kms_encryption_enabled', () => {
  it('PASS for a trail with a KMS key, FAIL for one without, one finding per trail', () => {
    const fx = withTrails(new FixtureInventory(['us-east-1', 'eu-west-1']), [
      makeTrail({ name: 'secure', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc' }),
      makeTrail({ name: 'plain', homeRegion: 'eu-west-1', isMultiRegion: false }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ secure: 'PASS', plain: 'FAIL' });
    const plain = findings.find((f) => f.resource.id === 'plain')!;
    expect(plain.region).toBe('eu-west-1');
    expect(plain.resource.arn).toBe('arn:aws:cloudtrail:eu-west-1:123456789012:trail/plain');
    expect(plain.statusExtended).toContain('plain');
  });
  it('reports nothing for a region without trails', () => {
    expect(runCheck(check, withTrails(new FixtureInventory(), []))).toEqual([]);
  });
  it('ERROR for a region whose trails could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1']);
    withTrails(fx, [makeTrail({ kmsKeyId: 'k' })]).set(trailList, { error: denied('cloudtrail:DescribeTrails') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    const err = findings.find((f) => f.status === 'ERROR')!;
    expect(err.region).toBe('eu-west-1');
    expect(err.statusExtended).toContain('cloudtrail:DescribeTrails');
    expect(findings.filter((f) => f.status === 'PASS')).toHaveLength(1);
  });
});
