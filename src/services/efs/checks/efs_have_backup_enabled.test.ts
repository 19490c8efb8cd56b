import { describe, expect, it } from 'vitest';
import check from './efs_have_backup_enabled.js';
import { backupPolicies, fileSystems } from '../collectors.js';
import { makeFileSystem } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (id: string) => makeFileSystem(id).arn;

describe('efs_have_backup_enabled', () => {
  it('PASS for ENABLED and ENABLING; FAIL for DISABLED, DISABLING and no backup policy', () => {
    const ids = ['fs-on', 'fs-enabling', 'fs-off', 'fs-disabling', 'fs-never'];
    const fx = new FixtureInventory().set(fileSystems, ids.map((id) => makeFileSystem(id))).set(backupPolicies, {
      [arn('fs-on')]: { ok: true, data: 'ENABLED' },
      [arn('fs-enabling')]: { ok: true, data: 'ENABLING' },
      [arn('fs-off')]: { ok: true, data: 'DISABLED' },
      [arn('fs-disabling')]: { ok: true, data: 'DISABLING' },
      [arn('fs-never')]: { ok: true, data: null },
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'fs-on': 'PASS', 'fs-enabling': 'PASS', 'fs-off': 'FAIL', 'fs-disabling': 'FAIL', 'fs-never': 'FAIL' });
    expect(findings.find((f) => f.resource.id === 'fs-never')?.statusExtended).toBe('EFS file system fs-never has no backup policy, so it is not backed up automatically.');
  });
  it('ERROR for the file system whose backup policy could not be read, naming the call', () => {
    const fx = new FixtureInventory()
      .set(fileSystems, [makeFileSystem('fs-1'), makeFileSystem('fs-2')])
      .set(backupPolicies, { [arn('fs-1')]: { ok: false, error: denied('elasticfilesystem:DescribeBackupPolicy') }, [arn('fs-2')]: { ok: true, data: 'ENABLED' } });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'fs-1': 'ERROR', 'fs-2': 'PASS' });
    expect(findings[0].statusExtended).toContain('elasticfilesystem:DescribeBackupPolicy');
  });
  it('ERROR for the region when the file systems could not be listed', () => {
    const fx = new FixtureInventory().set(fileSystems, { error: denied('elasticfilesystem:DescribeFileSystems') }).set(backupPolicies, {});
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('elasticfilesystem:DescribeFileSystems');
  });
});
