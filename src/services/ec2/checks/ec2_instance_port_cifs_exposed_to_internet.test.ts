import { describe, expect, it } from 'vitest';
import check from './ec2_instance_port_cifs_exposed_to_internet.js';
import { instances, securityGroups } from '../collectors.js';
import { makeInstance, makeSecurityGroup as sg, sgRule as rule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const instance = (id: string, securityGroupIds: string[], publicIp?: string) => makeInstance(id, { securityGroupIds, ...(publicIp ? { publicIp } : {}) });
const GROUPS = [
  sg('sg-smb', [rule('tcp', 445, 445, ['0.0.0.0/0'])]),
  sg('sg-netbios', [rule('tcp', 137, 139, ['0.0.0.0/0'])]),
  sg('sg-any', [rule('-1', undefined, undefined, ['0.0.0.0/0'])]),
  sg('sg-web', [rule('tcp', 443, 443, ['0.0.0.0/0'])]),
  sg('sg-private-smb', [rule('tcp', 445, 445, ['10.0.0.0/8'])]),
];

describe('ec2_instance_port_cifs_exposed_to_internet', () => {
  it('PASS when no group of the instance admits 139/445 from the internet', () => {
    const fx = new FixtureInventory().set(securityGroups, GROUPS).set(instances, [instance('i-web', ['sg-web', 'sg-private-smb']), instance('i-none', [])]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-web': 'PASS', 'i-none': 'PASS' });
  });

  it('FAIL when any of its groups admits TCP 445 or 139 (or all traffic) from the internet, saying whether it has a public IP', () => {
    const fx = new FixtureInventory()
      .set(securityGroups, GROUPS)
      .set(instances, [instance('i-smb', ['sg-web', 'sg-smb'], '198.51.100.7'), instance('i-netbios', ['sg-netbios']), instance('i-any', ['sg-any'])]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-smb': 'FAIL', 'i-netbios': 'FAIL', 'i-any': 'FAIL' });
    expect(findings[0].statusExtended).toBe(
      'Instance i-smb is open to CIFS/SMB from the internet: security group sg-smb allows TCP port 445 from 0.0.0.0/0 (it has public IP address 198.51.100.7).',
    );
    expect(findings[1].statusExtended).toContain('TCP ports 137-139');
    expect(findings[1].statusExtended).toContain('no public IP address');
  });

  it('ERROR per instance when security groups are unreadable or missing, per region when instances are', () => {
    const denyGroups = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(instances, [instance('i-1', ['sg-smb'])]);
    const [f] = runCheck(check, denyGroups);
    expect(f).toMatchObject({ status: 'ERROR', resource: { id: 'i-1' } });
    expect(f.statusExtended).toContain('ec2:DescribeSecurityGroups');

    const missing = new FixtureInventory().set(securityGroups, GROUPS).set(instances, [instance('i-2', ['sg-gone'])]);
    const [m] = runCheck(check, missing);
    expect(m.status).toBe('ERROR');
    expect(m.statusExtended).toContain('sg-gone');

    const denyInstances = new FixtureInventory().set(securityGroups, GROUPS).set(instances, { error: denied('ec2:DescribeInstances') });
    const [d] = runCheck(check, denyInstances);
    expect(d).toMatchObject({ status: 'ERROR', resource: { arn: 'arn:aws:iam::123456789012:root' } });
  });
});
