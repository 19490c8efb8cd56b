import { describe, expect, it } from 'vitest';
import check from './rds_instance_deprecated_engine_version.js';
import { engineVersions, instances } from '../collectors.js';
import { makeDbInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('rds_instance_deprecated_engine_version', () => {
  it('PASS for an offered version, FAIL for one no longer offered', () => {
    const fx = new FixtureInventory()
      .set(instances, [makeDbInstance('new', { engineVersion: '16.3' }), makeDbInstance('old', { engineVersion: '9.6.1' })])
      .set(engineVersions, { postgres: { ok: true, data: ['15.7', '16.3'] } });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ new: 'PASS', old: 'FAIL' });
    expect(findings[1].statusExtended).toContain('9.6.1');
  });
  it('ERROR when the engine versions could not be read', () => {
    const fx = new FixtureInventory().set(instances, [makeDbInstance('db')]).set(engineVersions, { postgres: { ok: false, error: denied('rds:DescribeDBEngineVersions') } });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('rds:DescribeDBEngineVersions');
    const [g] = runCheck(check, new FixtureInventory().set(instances, [makeDbInstance('db')]).set(engineVersions, { error: denied('rds:DescribeDBInstances') }));
    expect(g.status).toBe('ERROR');
  });
});
