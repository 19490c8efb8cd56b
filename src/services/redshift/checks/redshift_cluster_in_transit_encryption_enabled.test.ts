import { describe, expect, it } from 'vitest';
import check from './redshift_cluster_in_transit_encryption_enabled.js';
import { clusterParameters, clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

// moto cannot set require_ssl (ModifyClusterParameterGroup fails), so the parameter values are fixtures here;
// the collector test reads moto's default group (require_ssl false). Unlike Prowler, a require_ssl that waits
// for a reboot fails: the cluster still accepts clear-text connections until then.
const PARAMS = {
  secure: { ok: true as const, data: { require_ssl: 'true', enable_user_activity_logging: 'true' } },
  'default.redshift-1.0': { ok: true as const, data: { require_ssl: 'false' } },
  empty: { ok: true as const, data: {} },
  locked: { ok: false as const, error: denied('redshift:DescribeClusterParameters') },
};
const withParams = (fx: FixtureInventory) => fx.set(clusterParameters, PARAMS);

describe('redshift_cluster_in_transit_encryption_enabled', () => {
  listCases(check, clusters, makeCluster, {
    pass: [{}, { parameterGroups: [{ name: 'secure', applyStatus: 'pending-reboot', pending: ['datestyle'] }] }],
    fail: [
      { parameterGroups: [{ name: 'default.redshift-1.0', applyStatus: 'in-sync' }] },
      { parameterGroups: [{ name: 'empty' }] },
      { parameterGroups: [{ name: 'secure', applyStatus: 'pending-reboot', pending: ['require_ssl'] }] },
    ],
    failSays: 'require_ssl is false in parameter group default.redshift-1.0',
    extra: withParams,
  });

  it('ERROR naming the call when the parameter group of a cluster, or every group of the region, could not be read', () => {
    const one = runCheck(check, withParams(new FixtureInventory()).set(clusters, [makeCluster('c', { parameterGroups: [{ name: 'locked' }] })]));
    expect(one.map((f) => [f.resource.id, f.status])).toEqual([['c', 'ERROR']]);
    expect(one[0].statusExtended).toContain('redshift:DescribeClusterParameters');
    const all = runCheck(check, new FixtureInventory().set(clusters, [makeCluster('c')]).set(clusterParameters, { error: denied('redshift:DescribeClusterParameters') }));
    expect(all.map((f) => f.status)).toEqual(['ERROR']);
    expect(all[0].statusExtended).toContain('redshift:DescribeClusterParameters');
  });
});
