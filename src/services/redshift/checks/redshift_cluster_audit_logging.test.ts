import { describe, expect, it } from 'vitest';
import check from './redshift_cluster_audit_logging.js';
import { clusters } from '../collectors.js';
import { makeCluster } from '../test-fixtures.js';
import { listCases } from '../../rds/listing-cases.test-helper.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('redshift_cluster_audit_logging', () => {
  listCases(check, clusters, makeCluster, { pass: [{}], fail: [{ logging: { ok: true, data: { enabled: false } } }], passSays: 'CloudWatch Logs' });
  it('ERROR for a cluster whose logging status was denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(clusters, [makeCluster('c', { logging: { ok: false, error: denied('redshift:DescribeLoggingStatus') } })]));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('redshift:DescribeLoggingStatus');
  });
});
