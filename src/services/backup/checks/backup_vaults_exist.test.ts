import { describe, expect, it } from 'vitest';
import check from './backup_vaults_exist.js';
import { vaults } from '../collectors.js';
import { makeVault } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('backup_vaults_exist', () => {
  it('PASS per region with a vault, FAIL per region without one (vaults are regional)', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1']).set(vaults, [makeVault('main'), makeVault('Default')], ['us-east-1']).set(vaults, [], ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'PASS'], ['eu-west-1', 'FAIL']]);
    expect(findings[0].statusExtended).toContain('main, Default');
  });
  it('ERROR naming the call when the vaults could not be listed; nothing where AWS Backup is not offered', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(vaults, { error: denied('backup:ListBackupVaults') }, ['us-east-1'])
      .set(vaults, { error: { kind: 'Unavailable', code: 'EndpointNotFound', operation: 'backup:ListBackupVaults', message: 'no endpoint' } }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('backup:ListBackupVaults');
  });
});
