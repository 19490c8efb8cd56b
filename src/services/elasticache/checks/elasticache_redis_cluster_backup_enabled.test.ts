import { describe, expect, it } from 'vitest';
import check from './elasticache_redis_cluster_backup_enabled.js';
import { cacheClusters, replicationGroups } from '../collectors.js';
import { makeReplicationGroup } from '../test-fixtures.js';
import { redisCases } from '../redis-cases.test-helper.js';
import { FixtureInventory, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('elasticache_redis_cluster_backup_enabled', () => {
  redisCases(check, {
    groups: { pass: [{ snapshotRetentionLimit: 7 }, { snapshotRetentionLimit: 35 }], fail: [{ snapshotRetentionLimit: 0 }, { snapshotRetentionLimit: 6 }], failSays: 'has no automatic backups' },
    nodes: { pass: [{ snapshotRetentionLimit: 10 }], fail: [{ snapshotRetentionLimit: 1 }], failSays: 'for 1 day, fewer than the required 7' },
  });
  it('honours minimum_snapshot_retention_period from the config file', () => {
    const fx = new FixtureInventory()
      .set(replicationGroups, [makeReplicationGroup('rg-1', { snapshotRetentionLimit: 1 }), makeReplicationGroup('rg-3', { snapshotRetentionLimit: 3 })])
      .set(cacheClusters, []);
    expect(statusById(runCheck(check, fx))).toEqual({ 'rg-1': 'FAIL', 'rg-3': 'FAIL' });
    expect(statusById(runCheck(check, fx, { config: { [check.id]: { minimum_snapshot_retention_period: 3 } } }))).toEqual({ 'rg-1': 'FAIL', 'rg-3': 'PASS' });
  });
});
