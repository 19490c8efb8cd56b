import { describe, expect, it } from 'vitest';
import check from './ec2_ebs_public_snapshot.js';
import { snapshotBlockPublicAccess, snapshotSharing, snapshots } from '../collectors.js';
import { makeSnapshot } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const SNAPS = [makeSnapshot('snap-private'), makeSnapshot('snap-shared'), makeSnapshot('snap-public', { volumeId: 'vol-1' })];
const SHARING = {
  'snap-private': { ok: true as const, data: { public: false, accounts: [] } },
  'snap-shared': { ok: true as const, data: { public: false, accounts: ['111122223333'] } },
  'snap-public': { ok: true as const, data: { public: true, accounts: [] } },
};

// Differs from Prowler: a public permission neutralised by block-all-sharing passes (AWS ignores it).
describe('ec2_ebs_public_snapshot', () => {
  it('PASS for private and account-shared snapshots, FAIL for public ones', () => {
    const fx = new FixtureInventory().set(snapshots, SNAPS).set(snapshotSharing, SHARING).set(snapshotBlockPublicAccess, { state: 'unblocked' });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'snap-private': 'PASS', 'snap-shared': 'PASS', 'snap-public': 'FAIL' });
    expect(findings[2].statusExtended).toBe('Snapshot snap-public of vol-1 is public: any AWS account can create a volume from it.');
  });
  it('PASS for a public permission when block public access blocks all sharing', () => {
    const fx = new FixtureInventory().set(snapshots, SNAPS).set(snapshotSharing, SHARING).set(snapshotBlockPublicAccess, { state: 'block-all-sharing' });
    expect(runCheck(check, fx)[2]).toMatchObject({ status: 'PASS' });
  });
  it('ERROR per snapshot when its attribute could not be read', () => {
    const fx = new FixtureInventory()
      .set(snapshots, [makeSnapshot('snap-x')])
      .set(snapshotSharing, { 'snap-x': { ok: false as const, error: denied('ec2:DescribeSnapshotAttribute') } })
      .set(snapshotBlockPublicAccess, { state: 'unblocked' });
    expect(runCheck(check, fx)[0]).toMatchObject({ status: 'ERROR', resource: { id: 'snap-x' } });
  });
});
