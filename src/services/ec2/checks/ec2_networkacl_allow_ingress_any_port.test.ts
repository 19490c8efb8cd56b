import { describe, expect, it } from 'vitest';
import check from './ec2_networkacl_allow_ingress_any_port.js';
import { networkAcls, type NetworkAcl } from '../collectors.js';
import type { NaclEntry } from '../../../lib/network/exposure.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const entry = (ruleNumber: number, allow: boolean, protocol: string, cidr = '0.0.0.0/0', ports?: [number, number], egress = false): NaclEntry => ({
  ruleNumber,
  egress,
  allow,
  protocol,
  cidr,
  ...(ports ? { fromPort: ports[0], toPort: ports[1] } : {}),
});
const acl = (id: string, entries: NaclEntry[], isDefault = false): NetworkAcl => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:network-acl/${id}`,
  vpcId: 'vpc-1',
  isDefault,
  tags: { Name: `${id}-name` },
  subnetIds: ['subnet-1'],
  entries: [...entries, entry(32767, false, '-1')],
});

describe('ec2_networkacl_allow_ingress_any_port', () => {
  it('PASS for ACLs that open only some ports, or deny everything first', () => {
    const fx = new FixtureInventory().set(networkAcls, [
      acl('acl-web', [entry(100, true, '6', '0.0.0.0/0', [443, 443]), entry(110, true, '6', '0.0.0.0/0', [1024, 65535])]),
      acl('acl-closed', [entry(10, false, '-1'), entry(100, true, '-1')]),
      acl('acl-egress', [entry(100, true, '-1', '0.0.0.0/0', undefined, true)]),
    ]);
    expect(statusById(runCheck(check, fx))).toEqual({ 'acl-web': 'PASS', 'acl-closed': 'PASS', 'acl-egress': 'PASS' });
  });

  it('FAIL for an allow-all inbound entry from the internet, such as the stock default ACL', () => {
    const fx = new FixtureInventory().set(networkAcls, [
      acl('acl-default', [entry(100, true, '-1')], true),
      acl('acl-tcp', [entry(20, false, '6', '0.0.0.0/0', [22, 22]), entry(100, true, '6', '0.0.0.0/0', [0, 65535])]),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'acl-default': 'FAIL', 'acl-tcp': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Network ACL acl-default in vpc-1 allows all traffic from 0.0.0.0/0 (rule 100).');
    expect(findings[0].resource).toMatchObject({ name: 'acl-default-name', details: { vpcId: 'vpc-1', default: true } });
    expect(findings[1].statusExtended).toContain('TCP ports 0-65535 from 0.0.0.0/0 (rule 100)');
  });

  it('ERROR per region when network ACLs could not be read', () => {
    const fx = new FixtureInventory(['us-east-1', 'ap-south-1']).set(networkAcls, { error: denied('ec2:DescribeNetworkAcls') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'ERROR'],
      ['ap-south-1', 'ERROR'],
    ]);
  });
});
