import { describe, expect, it } from 'vitest';
import check from './backup_plans_exist.js';
import { plans, vaults } from '../collectors.js';
import { makeVault } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const plan = { id: 'p1', name: 'daily', arn: 'arn:aws:backup:us-east-1:123456789012:backup-plan:p1' };
const R = ['us-east-1', 'eu-west-1', 'ap-south-1'];

describe('backup_plans_exist', () => {
  it('PASS with a plan; FAIL without one where a vault shows AWS Backup in use; nothing in an unused region', () => {
    const fx = new FixtureInventory(R)
      .set(plans, [plan], ['us-east-1']).set(plans, [], ['eu-west-1', 'ap-south-1'])
      .set(vaults, [makeVault('main')], ['us-east-1', 'eu-west-1']).set(vaults, [], ['ap-south-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'PASS'], ['eu-west-1', 'FAIL']]);
    expect(findings[0].statusExtended).toContain('daily');
    // Prowler counts plans of every region together; a plan in us-east-1 backs nothing up in eu-west-1.
    const all = runCheck(check, fx, { config: { backup_plans_exist: { scan_unused_services: true } } });
    expect(all.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'PASS'], ['eu-west-1', 'FAIL'], ['ap-south-1', 'FAIL']]);
  });
  it('ERROR naming the call when plans, or the vaults that tell use, could not be listed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(plans, { error: denied('backup:ListBackupPlans') }, ['us-east-1']).set(plans, [], ['eu-west-1'])
      .set(vaults, { error: denied('backup:ListBackupVaults') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([['us-east-1', 'ERROR'], ['eu-west-1', 'ERROR']]);
    expect(findings[0].statusExtended).toContain('backup:ListBackupPlans');
    expect(findings[1].statusExtended).toContain('backup:ListBackupVaults');
  });
});
