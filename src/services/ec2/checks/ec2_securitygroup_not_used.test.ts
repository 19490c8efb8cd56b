import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_not_used.js';
import { launchTemplates, networkInterfaces, securityGroups, type LaunchTemplate } from '../collectors.js';
import { makeEni, makeSecurityGroup as sg, sgRule as rule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const template = (groups: string[]): LaunchTemplate => ({
  id: 'lt-1',
  arn: 'arn:aws:ec2:us-east-1:123456789012:launch-template/lt-1',
  tags: {},
  versions: { ok: true, data: [{ number: 1, isDefault: true, networkInterfaces: [], securityGroupIds: groups }] },
});
const GROUPS = [
  sg('sg-default', [], { name: 'default' }),
  sg('sg-used', [{ ...rule('tcp', 5432, 5432, []), groups: ['sg-app'] }]),
  sg('sg-app', []),
  sg('sg-lt', []),
  sg('sg-orphan', [rule('tcp', 22, 22, ['0.0.0.0/0'])]),
];

describe('ec2_securitygroup_not_used', () => {
  it('PASS when used by an interface, referenced by a group or named by a launch template; FAIL otherwise; default groups skipped', () => {
    const fx = new FixtureInventory().set(securityGroups, GROUPS).set(networkInterfaces, [makeEni('eni-1', ['sg-used'])]).set(launchTemplates, [template(['sg-lt'])]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'sg-used': 'PASS', 'sg-app': 'PASS', 'sg-lt': 'PASS', 'sg-orphan': 'FAIL' });
    expect(findings[3].statusExtended).toBe('Security group sg-orphan is not used by any network interface, security group or launch template.');
  });

  it('ERROR when interfaces or launch templates could not be read', () => {
    const noEnis = new FixtureInventory().set(securityGroups, GROUPS).set(networkInterfaces, { error: denied('ec2:DescribeNetworkInterfaces') }).set(launchTemplates, []);
    expect(runCheck(check, noEnis).map((f) => f.status)).toEqual(['ERROR']);
    const noTemplates = new FixtureInventory().set(securityGroups, GROUPS).set(networkInterfaces, []).set(launchTemplates, { error: denied('ec2:DescribeLaunchTemplates') });
    const f = runCheck(check, noTemplates).find((x) => x.resource.id === 'sg-orphan')!;
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('launch templates could not be read');
  });
});
