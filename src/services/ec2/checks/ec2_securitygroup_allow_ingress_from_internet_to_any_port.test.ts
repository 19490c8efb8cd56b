import { describe, expect, it } from 'vitest';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_any_port.js';
import { networkInterfaces, securityGroups } from '../collectors.js';
import { makeEni, makeSecurityGroup as sg, sgRule as rule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const GROUPS = [
  sg('sg-closed', [rule('tcp', 443, 443, ['10.0.0.0/8'])]),
  sg('sg-web', [rule('tcp', 443, 443, ['0.0.0.0/0'])]),
  sg('sg-icmp', [rule('icmp', -1, -1, [], ['::/0'])]),
  sg('sg-elb', [rule('tcp', 443, 443, ['0.0.0.0/0'])]),
  sg('sg-endpoint', [rule('tcp', 443, 443, ['0.0.0.0/0'])]),
  sg('sg-mixed', [rule('tcp', 443, 443, ['0.0.0.0/0'])]),
];
const ENIS = [
  makeEni('eni-1', ['sg-closed', 'sg-web', 'sg-icmp']),
  makeEni('eni-elb', ['sg-elb'], { interfaceType: 'interface', requesterId: 'amazon-elb', instanceOwnerId: 'amazon-elb', requesterManaged: true }),
  makeEni('eni-vpce', ['sg-endpoint', 'sg-mixed'], { interfaceType: 'vpc_endpoint', requesterManaged: true }),
  makeEni('eni-2', ['sg-mixed']),
];

describe('ec2_securitygroup_allow_ingress_from_internet_to_any_port', () => {
  it('PASS when closed or used only by load balancers / endpoints; FAIL for any port or protocol open to the internet', () => {
    const findings = runCheck(check, new FixtureInventory().set(securityGroups, GROUPS).set(networkInterfaces, ENIS));
    expect(statusById(findings)).toEqual({ 'sg-closed': 'PASS', 'sg-web': 'FAIL', 'sg-icmp': 'FAIL', 'sg-elb': 'PASS', 'sg-endpoint': 'PASS', 'sg-mixed': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Security group sg-web admits traffic from the whole internet: TCP port 443 from 0.0.0.0/0. It is used by 1 network interface.');
    expect(findings[2].statusExtended).toContain('ICMP from ::/0');
    expect(findings[3].statusExtended).toContain('allowed to face the internet');
  });

  it('the allowed kinds and owners are parameters', () => {
    const config = { [check.id]: { ec2_allowed_interface_types: [], ec2_allowed_instance_owners: [] } };
    const findings = runCheck(check, new FixtureInventory().set(securityGroups, GROUPS).set(networkInterfaces, ENIS), { config });
    expect(findings.find((f) => f.resource.id === 'sg-elb')!.status).toBe('FAIL');
  });

  it('ERROR when security groups could not be read', () => {
    const fx = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(networkInterfaces, ENIS);
    expect(runCheck(check, fx).map((f) => f.status)).toEqual(['ERROR']);
  });
});
