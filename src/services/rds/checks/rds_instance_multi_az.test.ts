import { describe, expect, it } from 'vitest';
import check from './rds_instance_multi_az.js';
import { clusters, instances, type DbCluster, type DbInstance } from '../collectors.js';
import { makeDbInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const db = (id: string, o: Partial<DbInstance> = {}): DbInstance => makeDbInstance(id, { parameterGroups: [], ...o });
const cluster = (id: string, multiAz: boolean): DbCluster => ({
  id,
  arn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  engine: 'aurora-postgresql',
  multiAz,
  storageEncrypted: true,
  memberCount: multiAz ? 2 : 1,
  tags: {},
});

describe('rds_instance_multi_az', () => {
  it('judges standalone instances by their own flag', () => {
    const fx = new FixtureInventory().set(instances, [db('ha'), db('single', { multiAz: false })]).set(clusters, []);
    expect(statusById(runCheck(check, fx))).toEqual({ ha: 'PASS', single: 'FAIL' });
  });
  it('judges cluster members by their cluster, not the instance flag', () => {
    const fx = new FixtureInventory()
      .set(instances, [db('ha-1', { clusterId: 'ha', multiAz: false }), db('solo-1', { clusterId: 'solo', multiAz: false })])
      .set(clusters, [cluster('ha', true), cluster('solo', false)]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'ha-1': 'PASS', 'solo-1': 'FAIL' });
    expect(findings[1].statusExtended).toContain('cluster solo');
  });
  it('ERROR for a cluster member when the clusters could not be read; standalone instances still judged', () => {
    const fx = new FixtureInventory()
      .set(instances, [db('ha-1', { clusterId: 'ha' }), db('single', { multiAz: false })])
      .set(clusters, { error: denied('rds:DescribeDBClusters') });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'ha-1': 'ERROR', single: 'FAIL' });
    expect(findings[0].statusExtended).toContain('rds:DescribeDBClusters');
  });
  it('ERROR when the instances could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instances, { error: denied('rds:DescribeDBInstances') }).set(clusters, []));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('rds:DescribeDBInstances');
  });
});
