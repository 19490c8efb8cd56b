import { describe, expect, it } from 'vitest';
import check from './rds_cluster_protected_by_backup_plan.js';
import { clusters, instances } from '../collectors.js';
import { makeDbCluster } from '../test-fixtures.js';
import { clusterCases } from '../cases.test-helper.js';
import { regionSettings, selections } from '../../backup/collectors.js';
import { makeSelection } from '../../backup/test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// Selections come from aws-sdk-client-mock in the backup collector test (moto lacks ListBackupSelections/GetBackupSelection).
const assigned = (fx: FixtureInventory) =>
  fx.set(regionSettings, { Aurora: true, RDS: true }).set(selections, {
    selections: [
      makeSelection({ name: 'named', resources: ['arn:aws:rds:*:*:cluster:pass-0'] }),
      makeSelection({ name: 'tagged', resources: ['*'], notResources: ['arn:aws:rds:*:*:cluster:fail-*'], conditions: { stringEquals: [{ key: 'backup', value: 'yes' }] } }),
    ],
    unread: [],
  });

describe('rds_cluster_protected_by_backup_plan', () => {
  clusterCases(check, { pass: [{}, { tags: { backup: 'yes' }, engine: 'mysql' }], fail: [{ tags: { backup: 'yes' } }, {}], passSays: 'named', failSays: 'not included' }, assigned);

  it('an Aurora cluster named explicitly is still unprotected when Aurora is not opted in (Prowler passes it); a Multi-AZ DB cluster is not held back', () => {
    const fx = new FixtureInventory()
      .set(clusters, [makeDbCluster('aurora'), makeDbCluster('multiaz', { engine: 'postgres' })]).set(instances, [])
      .set(regionSettings, { Aurora: false, RDS: false })
      .set(selections, { selections: [makeSelection({ resources: ['arn:aws:rds:*:*:cluster:*'] })], unread: [] });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ aurora: 'FAIL', multiaz: 'PASS' });
    expect(findings[0].statusExtended).toContain('not opted in');
  });
  it('ERROR naming the call when the backup plans or the Aurora opt-in could not be read', () => {
    const fx = new FixtureInventory().set(clusters, [makeDbCluster('aurora')]).set(instances, [])
      .set(regionSettings, { error: denied('backup:DescribeRegionSettings') })
      .set(selections, { selections: [makeSelection({ resources: ['arn:aws:rds:*:*:cluster:*'] })], unread: [] });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('backup:DescribeRegionSettings');
    const [g] = runCheck(check, fx.set(selections, { error: denied('backup:ListBackupPlans') }));
    expect(g.statusExtended).toContain('backup:ListBackupPlans');
  });
});
