import { describe, expect, it } from 'vitest';
import check from './ec2_instance_account_imdsv2_enabled.js';
import { instanceMetadataDefaults } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

describe('ec2_instance_account_imdsv2_enabled', () => {
  it('PASS where the account default requires tokens', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instanceMetadataDefaults, { httpTokens: 'required', managedBy: 'declarative-policy' }));
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toBe('New instances in us-east-1 require IMDSv2 by default (set by a declarative policy).');
  });

  it('FAIL where there is no preference or tokens are optional', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(instanceMetadataDefaults, {}, ['us-east-1'])
      .set(instanceMetadataDefaults, { httpTokens: 'optional' }, ['eu-west-1']);
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'FAIL'],
      ['eu-west-1', 'FAIL'],
    ]);
    expect(findings[0].statusExtended).toContain('has no preference');
    expect(findings[1].statusExtended).toContain('HttpTokens optional');
  });

  it('ERROR naming the call when the defaults could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instanceMetadataDefaults, { error: denied('ec2:GetInstanceMetadataDefaults') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ec2:GetInstanceMetadataDefaults');
  });
});
