import { describe, expect, it } from 'vitest';
import check from './ec2_networkacl_allow_ingress_tcp_port_22.js';
import { networkAcls, type NetworkAcl } from '../collectors.js';
import type { NaclEntry } from '../../../lib/network/exposure.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const entry = (ruleNumber: number, allow: boolean, protocol: string, cidr = '0.0.0.0/0', ports?: [number, number]): NaclEntry => ({
  ruleNumber,
  egress: false,
  allow,
  protocol,
  cidr,
  ...(ports ? { fromPort: ports[0], toPort: ports[1] } : {}),
});
const DENY_REST = [entry(32767, false, '-1'), entry(32768, false, '-1', '::/0')];
const acl = (id: string, entries: NaclEntry[], subnetIds = ['subnet-1']): NetworkAcl => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:network-acl/${id}`,
  vpcId: 'vpc-1',
  isDefault: false,
  tags: {},
  subnetIds,
  entries: [...entries, ...DENY_REST],
});

describe('ec2_networkacl_allow_ingress_tcp_port_22', () => {
  it('PASS when port 22 is denied first, allowed only from private ranges, or never allowed', () => {
    const fx = new FixtureInventory().set(networkAcls, [
      acl('acl-deny-first', [entry(50, false, '6', '0.0.0.0/0', [22, 22]), entry(51, false, '6', '::/0', [22, 22]), entry(100, true, '-1'), entry(101, true, '-1', '::/0')]),
      acl('acl-private', [entry(100, true, '6', '10.0.0.0/8', [22, 22])]),
      acl('acl-https', [entry(100, true, '6', '0.0.0.0/0', [443, 443])]),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'acl-deny-first': 'PASS', 'acl-private': 'PASS', 'acl-https': 'PASS' });
    expect(findings[0].statusExtended).toBe('Network ACL acl-deny-first in vpc-1 does not allow TCP port 22 from the internet.');
  });

  it('FAIL when the first internet-wide entry matching TCP 22 allows it', () => {
    const fx = new FixtureInventory().set(networkAcls, [
      acl('acl-default', [entry(100, true, '-1'), entry(101, true, '-1', '::/0')]),
      acl('acl-deny-late', [entry(100, true, '6', '0.0.0.0/0', [0, 65535]), entry(200, false, '6', '0.0.0.0/0', [22, 22])], []),
      acl('acl-v6-only', [entry(50, false, '-1'), entry(60, true, '6', '::/0', [22, 22])]),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'acl-default': 'FAIL', 'acl-deny-late': 'FAIL', 'acl-v6-only': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Network ACL acl-default in vpc-1 allows all traffic from 0.0.0.0/0 (rule 100); all traffic from ::/0 (rule 101).');
    expect(findings[1].statusExtended).toContain('not associated with any subnet');
    expect(findings[2].statusExtended).toContain('TCP port 22 from ::/0 (rule 60)');
  });

  it('ERROR when network ACLs could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(networkAcls, { error: denied('ec2:DescribeNetworkAcls') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ec2:DescribeNetworkAcls');
  });
});
