import { describe, expect, it } from 'vitest';
import check from './rds_cluster_minor_version_upgrade_enabled.js';
import { clusters, instances } from '../collectors.js';
import { makeDbCluster, makeDbInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('rds_cluster_minor_version_upgrade_enabled', () => {
  it('judges Multi-AZ DB clusters by their own flag and Aurora clusters by every member', () => {
    const fx = new FixtureInventory()
      .set(clusters, [
        makeDbCluster('maz-on', { engine: 'postgres', autoMinorVersionUpgrade: true }),
        makeDbCluster('maz-off', { engine: 'postgres', autoMinorVersionUpgrade: false }),
        makeDbCluster('aurora-ok'),
        makeDbCluster('aurora-mixed'),
      ])
      .set(instances, [
        makeDbInstance('a1', { clusterId: 'aurora-ok' }),
        makeDbInstance('m1', { clusterId: 'aurora-mixed' }),
        makeDbInstance('m2', { clusterId: 'aurora-mixed', autoMinorVersionUpgrade: false }),
      ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'maz-on': 'PASS', 'maz-off': 'FAIL', 'aurora-ok': 'PASS', 'aurora-mixed': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'aurora-mixed')!.statusExtended).toContain('m2');
  });
  it('ERROR for an Aurora cluster when its instances could not be read, and for a denied cluster listing', () => {
    const fx = new FixtureInventory().set(clusters, [makeDbCluster('aurora')]).set(instances, { error: denied('rds:DescribeDBInstances') });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('rds:DescribeDBInstances');
    const [g] = runCheck(check, new FixtureInventory().set(clusters, { error: denied('rds:DescribeDBClusters') }).set(instances, []));
    expect(g.status).toBe('ERROR');
  });
});
