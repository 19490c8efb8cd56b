import { describe, expect, it } from 'vitest';
import check from './documentdb_cluster_public_snapshot.js';
import { clusterSnapshots } from '../collectors.js';
import { makeSnapshot } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('documentdb_cluster_public_snapshot', () => {
  it('FAIL for a manual snapshot restorable by all, PASS for a private one; automated snapshots are not reported', () => {
    const fx = new FixtureInventory().set(clusterSnapshots, [
      makeSnapshot('private'),
      makeSnapshot('open', { public: { ok: true, data: true } }),
      makeSnapshot('auto', { type: 'automated', public: undefined }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ private: 'PASS', open: 'FAIL' });
    expect(findings[1].statusExtended).toContain('any AWS account');
  });
  it('ERROR for a snapshot whose attributes were denied, and for a denied listing', () => {
    const [f] = runCheck(check, new FixtureInventory().set(clusterSnapshots, [makeSnapshot('x', { public: { ok: false, error: denied('rds:DescribeDBClusterSnapshotAttributes') } })]));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('rds:DescribeDBClusterSnapshotAttributes');
    const [g] = runCheck(check, new FixtureInventory().set(clusterSnapshots, { error: denied('rds:DescribeDBClusterSnapshots') }));
    expect(g.status).toBe('ERROR');
  });
});
