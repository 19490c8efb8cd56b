import { describe, expect, it } from 'vitest';
import check from './rds_snapshots_public_access.js';
import { clusterSnapshots, dbSnapshots, type DbSnapshot } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const snap = (id: string, o: Partial<DbSnapshot> = {}): DbSnapshot => ({
  id,
  arn: `arn:aws:rds:us-east-1:123456789012:snapshot:${id}`,
  source: 'db1',
  engine: 'postgres',
  type: 'manual',
  encrypted: true,
  public: { ok: true, data: false },
  ...o,
});

describe('rds_snapshots_public_access', () => {
  it('FAIL for manual DB and cluster snapshots restorable by all, PASS for private ones; automated ones are not shareable', () => {
    const fx = new FixtureInventory()
      .set(dbSnapshots, [snap('private'), snap('open', { public: { ok: true, data: true } }), snap('rds:auto', { type: 'automated', public: undefined })])
      .set(clusterSnapshots, [snap('cl-open', { public: { ok: true, data: true } })]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ private: 'PASS', open: 'FAIL', 'cl-open': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'cl-open')!.statusExtended).toContain('DB cluster snapshot cl-open');
  });
  it('ERROR for a snapshot whose attributes were denied, and for a denied listing', () => {
    const fx = new FixtureInventory()
      .set(dbSnapshots, [snap('hidden', { public: { ok: false, error: denied('rds:DescribeDBSnapshotAttributes') } })])
      .set(clusterSnapshots, { error: denied('rds:DescribeDBClusterSnapshots') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
    expect(findings[0].statusExtended).toContain('rds:DescribeDBSnapshotAttributes');
    expect(findings[1].statusExtended).toContain('rds:DescribeDBClusterSnapshots');
  });
});
