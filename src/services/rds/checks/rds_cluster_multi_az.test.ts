import { describe, expect, it } from 'vitest';
import check from './rds_cluster_multi_az.js';
import { clusters, type DbCluster } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const cluster = (id: string, multiAz: boolean, memberCount = 2): DbCluster => ({
  id,
  arn: `arn:aws:rds:eu-west-1:123456789012:cluster:${id}`,
  engine: 'aurora-mysql',
  multiAz,
  storageEncrypted: true,
  memberCount,
  tags: { env: 'prod' },
});

describe('rds_cluster_multi_az', () => {
  it('PASS for a Multi-AZ cluster, FAIL for single-AZ ones', () => {
    const findings = runCheck(check, new FixtureInventory(['eu-west-1']).set(clusters, [cluster('ha', true), cluster('solo', false, 1), cluster('empty', false, 0)]));
    expect(statusById(findings)).toEqual({ ha: 'PASS', solo: 'FAIL', empty: 'FAIL' });
    expect(findings[0].resource).toMatchObject({ arn: 'arn:aws:rds:eu-west-1:123456789012:cluster:ha', region: 'eu-west-1', tags: { env: 'prod' } });
    expect(findings[2].statusExtended).toContain('no DB instances');
  });
  it('ERROR when the clusters could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(clusters, { error: denied('rds:DescribeDBClusters') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('rds:DescribeDBClusters');
  });
});
