import { describe, expect, it } from 'vitest';
import check from './glacier_vaults_policy_public_access.js';
import { vaultPolicies, vaults } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (name: string) => `arn:aws:glacier:us-east-1:123456789012:vaults/${name}`;
const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*', ...statement }] });
const list = (...names: string[]) => names.map((name) => ({ name, arn: arn(name) }));

describe('glacier_vaults_policy_public_access', () => {
  it('PASS for a vault with no policy or one shared with a named account', () => {
    const fx = new FixtureInventory().set(vaults, list('none', 'shared')).set(vaultPolicies, {
      [arn('none')]: { ok: true, data: null },
      [arn('shared')]: { ok: true, data: policy({ Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'glacier:InitiateJob' }) },
    });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ none: 'PASS', shared: 'PASS' });
    expect(findings[1].statusExtended).toContain('Glacier vault shared');
  });

  it('FAIL for a vault everyone may read', () => {
    const fx = new FixtureInventory().set(vaults, list('open')).set(vaultPolicies, {
      [arn('open')]: { ok: true, data: policy({ Sid: 'read', Principal: '*', Action: ['glacier:InitiateJob', 'glacier:GetJobOutput'] }) },
    });
    const [f] = runCheck(check, fx);
    expect(f).toMatchObject({ status: 'FAIL', resource: { arn: arn('open'), name: 'open' } });
    expect(f.statusExtended).toContain('access policy of Glacier vault open grants access to everyone');
  });

  it('ERROR when a vault policy was denied or the whole policy fact failed', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(vaults, list('locked'))
      .set(vaultPolicies, { [arn('locked')]: { ok: false, error: denied('glacier:GetVaultAccessPolicy') } }, ['us-east-1'])
      .set(vaultPolicies, { error: denied('glacier:GetVaultAccessPolicy') }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
    expect(findings.every((f) => f.statusExtended.includes('glacier:GetVaultAccessPolicy'))).toBe(true);
  });
});
