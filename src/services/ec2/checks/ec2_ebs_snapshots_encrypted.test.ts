import { describe, expect, it } from 'vitest';
import check from './ec2_ebs_snapshots_encrypted.js';
import { snapshots } from '../collectors.js';
import { makeSnapshot } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ec2_ebs_snapshots_encrypted', () => {
  it('PASS when encrypted, FAIL otherwise', () => {
    const findings = runCheck(check, new FixtureInventory().set(snapshots, [makeSnapshot('snap-1', { encrypted: true }), makeSnapshot('snap-2', { volumeId: 'vol-9' })]));
    expect(statusById(findings)).toEqual({ 'snap-1': 'PASS', 'snap-2': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Snapshot snap-2 of vol-9 is not encrypted.');
  });
  it('ERROR when snapshots could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(snapshots, { error: denied('ec2:DescribeSnapshots') }))[0].status).toBe('ERROR');
  });
});
