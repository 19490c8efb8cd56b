import { describe, expect, it } from 'vitest';
import check from './backup_recovery_point_encrypted.js';
import { recoveryPoints, vaults } from '../collectors.js';
import { makeRecoveryPoint, makeVault } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const vaultArn = (n: string) => `arn:aws:backup:us-east-1:123456789012:backup-vault:${n}`;

describe('backup_recovery_point_encrypted', () => {
  it('PASS per encrypted recovery point, FAIL per unencrypted one, ERROR for a vault whose points could not be listed', () => {
    const fx = new FixtureInventory()
      .set(vaults, [makeVault('main'), makeVault('locked')])
      .set(recoveryPoints, {
        [vaultArn('main')]: { ok: true, data: [makeRecoveryPoint('rp-ok'), makeRecoveryPoint('rp-plain', { encrypted: false, resourceArn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-1' })] },
        [vaultArn('locked')]: { ok: false, error: denied('backup:ListRecoveryPointsByBackupVault') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'rp-ok': 'PASS', 'rp-plain': 'FAIL', locked: 'ERROR' });
    expect(findings.find((f) => f.status === 'FAIL')?.statusExtended).toContain('vol-1');
    expect(findings.find((f) => f.status === 'ERROR')?.statusExtended).toContain('backup:ListRecoveryPointsByBackupVault');
  });
  it('ERROR for the region when the vaults could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(vaults, { error: denied('backup:ListBackupVaults') }).set(recoveryPoints, {}));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
