import { describe, expect, it } from 'vitest';
import check from './rds_snapshots_encrypted.js';
import { clusterSnapshots, dbSnapshots, type DbSnapshot } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const snap = (id: string, encrypted: boolean, type = 'manual'): DbSnapshot => ({ id, arn: `arn:aws:rds:us-east-1:123456789012:snapshot:${id}`, source: 'db1', engine: 'mysql', type, encrypted });

describe('rds_snapshots_encrypted', () => {
  it('PASS for encrypted snapshots, FAIL for unencrypted manual, automated and cluster snapshots', () => {
    const fx = new FixtureInventory().set(dbSnapshots, [snap('enc', true), snap('plain', false), snap('auto', false, 'automated')]).set(clusterSnapshots, [snap('cl', false)]);
    expect(statusById(runCheck(check, fx))).toEqual({ enc: 'PASS', plain: 'FAIL', auto: 'FAIL', cl: 'FAIL' });
  });
  it('ERROR naming the call when a listing was denied', () => {
    const fx = new FixtureInventory().set(dbSnapshots, { error: denied('rds:DescribeDBSnapshots') }).set(clusterSnapshots, []);
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('rds:DescribeDBSnapshots');
  });
});
