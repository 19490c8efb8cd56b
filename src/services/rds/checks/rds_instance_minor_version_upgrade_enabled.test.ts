import { describe, expect, it } from 'vitest';
import check from './rds_instance_minor_version_upgrade_enabled.js';
import { instances, type DbInstance } from '../collectors.js';
import { makeDbInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const db = (id: string, o: Partial<DbInstance> = {}): DbInstance => makeDbInstance(id, { engine: 'mariadb', engineVersion: '10.11.8', parameterGroups: [], ...o });

describe('rds_instance_minor_version_upgrade_enabled', () => {
  it('PASS when automatic minor upgrades are on, FAIL when off', () => {
    const findings = runCheck(check, new FixtureInventory().set(instances, [db('patched'), db('frozen', { autoMinorVersionUpgrade: false })]));
    expect(statusById(findings)).toEqual({ patched: 'PASS', frozen: 'FAIL' });
    expect(findings[1].statusExtended).toMatch(/frozen.*does not upgrade/);
  });
  it('ERROR when the instances could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instances, { error: denied('rds:DescribeDBInstances') }));
    expect(f.status).toBe('ERROR');
    expect(f.error?.operation).toBe('rds:DescribeDBInstances');
  });
});
