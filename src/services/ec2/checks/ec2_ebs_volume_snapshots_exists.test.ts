import { describe, expect, it } from 'vitest';
import check from './ec2_ebs_volume_snapshots_exists.js';
import { snapshots, volumes, type Volume } from '../collectors.js';
import { makeSnapshot } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const vol = (id: string): Volume => ({ id, arn: `arn:aws:ec2:us-east-1:123456789012:volume/${id}`, encrypted: true, attachedTo: [], tags: {} });
describe('ec2_ebs_volume_snapshots_exists', () => {
  it('PASS with a snapshot, FAIL without', () => {
    const fx = new FixtureInventory().set(volumes, [vol('vol-1'), vol('vol-2')]).set(snapshots, [makeSnapshot('snap-1', { volumeId: 'vol-1', startTime: '2026-10-01T00:00:00.000Z' })]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'vol-1': 'PASS', 'vol-2': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Volume vol-1 has 1 snapshot(s), the latest from 2026-10-01.');
  });
  it('ERROR per volume when snapshots could not be listed', () => {
    const fx = new FixtureInventory().set(volumes, [vol('vol-1')]).set(snapshots, { error: denied('ec2:DescribeSnapshots') });
    expect(runCheck(check, fx)[0]).toMatchObject({ status: 'ERROR', resource: { id: 'vol-1' } });
  });
});
