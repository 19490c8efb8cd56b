import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_from_launch_wizard.js';
import { securityGroups } from '../collectors.js';
import { makeSecurityGroup as sg } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ec2_securitygroup_from_launch_wizard', () => {
  it('PASS for named groups, FAIL for launch-wizard-N groups', () => {
    const fx = new FixtureInventory().set(securityGroups, [sg('sg-1', [], { name: 'web' }), sg('sg-2', [], { name: 'launch-wizard-3' })]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'sg-1': 'PASS', 'sg-2': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Security group sg-2 (launch-wizard-3) was created by the EC2 launch wizard.');
  });
  it('ERROR when security groups could not be read', () => {
    expect(runCheck(check, new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }))[0].status).toBe('ERROR');
  });
});
