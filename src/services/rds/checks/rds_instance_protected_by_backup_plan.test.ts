import { describe, expect, it } from 'vitest';
import check from './rds_instance_protected_by_backup_plan.js';
import { clusters, instances } from '../collectors.js';
import { makeDbCluster, makeDbInstance } from '../test-fixtures.js';
import { instanceCases } from '../cases.test-helper.js';
import { regionSettings, selections } from '../../backup/collectors.js';
import { makeSelection } from '../../backup/test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// Selections come from aws-sdk-client-mock in the backup collector test (moto lacks ListBackupSelections/GetBackupSelection).
const assigned = (fx: FixtureInventory) =>
  fx.set(regionSettings, { RDS: true }).set(selections, {
    selections: [
      makeSelection({ name: 'dbs', resources: ['arn:aws:rds:*:*:db:pass-*'] }),
      makeSelection({ name: 'legacy-tags', resources: [], listOfTags: [{ key: 'backup', value: 'yes' }] }),
    ],
    unread: [],
  });

describe('rds_instance_protected_by_backup_plan', () => {
  instanceCases(check, { pass: [{}, { tags: { backup: 'no' } }], fail: [{}, { tags: { backup: 'YES' } }], passSays: 'dbs', failSays: 'not included' }, assigned);

  it('passes a tagged instance through ListOfTags', () => {
    const fx = assigned(new FixtureInventory().set(instances, [makeDbInstance('other', { tags: { backup: 'yes' } })]).set(clusters, []));
    expect(statusById(runCheck(check, fx))).toEqual({ other: 'PASS' });
  });

  it('judges a cluster member by its cluster: selecting the instance ARN does not back it up (Prowler matches the instance ARN)', () => {
    const fx = new FixtureInventory()
      .set(instances, [makeDbInstance('a-1', { engine: 'aurora-mysql', clusterId: 'covered' }), makeDbInstance('b-1', { engine: 'aurora-mysql', clusterId: 'bare' })])
      .set(clusters, [makeDbCluster('covered'), makeDbCluster('bare')])
      .set(regionSettings, { Aurora: true, RDS: true })
      .set(selections, { selections: [makeSelection({ planName: 'daily', resources: ['arn:aws:rds:*:*:cluster:covered', 'arn:aws:rds:*:*:db:*'] })], unread: [] });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'a-1': 'PASS', 'b-1': 'FAIL' });
    expect(findings[0].statusExtended).toContain('through its cluster covered');
    expect(findings[1].statusExtended).toContain('cluster bare');
  });

  it('ERROR naming the call when a member\'s cluster, or the backup plans, could not be read', () => {
    const fx = new FixtureInventory()
      .set(instances, [makeDbInstance('a-1', { clusterId: 'c' }), makeDbInstance('solo')])
      .set(clusters, { error: denied('rds:DescribeDBClusters') })
      .set(regionSettings, {}).set(selections, { selections: [makeSelection({ resources: ['arn:aws:rds:*:*:db:*'] })], unread: [] });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'a-1': 'ERROR', solo: 'PASS' });
    expect(findings[0].statusExtended).toContain('rds:DescribeDBClusters');
    const denial = runCheck(check, fx.set(selections, { error: denied('backup:ListBackupPlans') }));
    expect(denial.find((f) => f.resource.id === 'solo')?.statusExtended).toContain('backup:ListBackupPlans');
  });
});
