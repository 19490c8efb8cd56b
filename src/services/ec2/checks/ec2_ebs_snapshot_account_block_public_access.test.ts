import { describe, expect, it } from 'vitest';
import check from './ec2_ebs_snapshot_account_block_public_access.js';
import { snapshotBlockPublicAccess, snapshots } from '../collectors.js';
import { makeSnapshot } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const fx = (state: string, snaps = [makeSnapshot('snap-1')]) => new FixtureInventory().set(snapshotBlockPublicAccess, { state }).set(snapshots, snaps);
describe('ec2_ebs_snapshot_account_block_public_access', () => {
  it('PASS for block-all-sharing, FAIL for block-new-sharing and unblocked', () => {
    expect(runCheck(check, fx('block-all-sharing'))[0].status).toBe('PASS');
    const [f] = runCheck(check, fx('block-new-sharing'));
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toBe('Snapshot block public access is block-new-sharing in us-east-1: snapshots already public stay public.');
    expect(runCheck(check, fx('unblocked'))[0].status).toBe('FAIL');
  });
  it('skips regions without snapshots unless scan_unused_services', () => {
    expect(runCheck(check, fx('unblocked', []))).toEqual([]);
    expect(runCheck(check, fx('unblocked', []), { config: { [check.id]: { scan_unused_services: true } } })[0].status).toBe('FAIL');
  });
  it('ERROR when the state could not be read (aws-sdk-client-mock in the collector test: moto lacks the call)', () => {
    const inv = new FixtureInventory().set(snapshotBlockPublicAccess, { error: denied('ec2:GetSnapshotBlockPublicAccessState') }).set(snapshots, [makeSnapshot('snap-1')]);
    expect(runCheck(check, inv)[0].status).toBe('ERROR');
  });
});
