/**
 * The PASS/FAIL/ERROR cases shared by the "network ACL allows TCP port N from the internet" checks.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import { networkAcls, type NetworkAcl } from './collectors.js';
import type { NaclEntry } from '../../lib/network/exposure.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';

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

export function describeNaclPortCheck(check: Check<any>, port: number): void {
  describe(check.id, () => {
    it(`PASS when port ${port} is denied first, allowed only from private ranges, or never allowed`, () => {
      const fx = new FixtureInventory().set(networkAcls, [
        acl('acl-deny-first', [entry(50, false, '6', '0.0.0.0/0', [port, port]), entry(51, false, '6', '::/0', [port, port]), entry(100, true, '-1'), entry(101, true, '-1', '::/0')]),
        acl('acl-private', [entry(100, true, '6', '10.0.0.0/8', [port, port])]),
        acl('acl-https', [entry(100, true, '6', '0.0.0.0/0', [443, 443])]),
      ]);
      const findings = runCheck(check, fx);
      expect(statusById(findings)).toEqual({ 'acl-deny-first': 'PASS', 'acl-private': 'PASS', 'acl-https': 'PASS' });
      expect(findings[0].statusExtended).toBe(`Network ACL acl-deny-first in vpc-1 does not allow TCP port ${port} from the internet.`);
    });

    it(`FAIL when the first internet-wide entry matching TCP ${port} allows it`, () => {
      const fx = new FixtureInventory().set(networkAcls, [
        acl('acl-default', [entry(100, true, '-1'), entry(101, true, '-1', '::/0')]),
        acl('acl-deny-late', [entry(100, true, '6', '0.0.0.0/0', [0, 65535]), entry(200, false, '6', '0.0.0.0/0', [port, port])], []),
        acl('acl-v6-only', [entry(50, false, '-1'), entry(60, true, '6', '::/0', [port, port])]),
      ]);
      const findings = runCheck(check, fx);
      expect(statusById(findings)).toEqual({ 'acl-default': 'FAIL', 'acl-deny-late': 'FAIL', 'acl-v6-only': 'FAIL' });
      expect(findings[0].statusExtended).toBe('Network ACL acl-default in vpc-1 allows all traffic from 0.0.0.0/0 (rule 100); all traffic from ::/0 (rule 101).');
      expect(findings[1].statusExtended).toContain('not associated with any subnet');
      expect(findings[2].statusExtended).toContain(`TCP port ${port} from ::/0 (rule 60)`);
    });

    it('ERROR when network ACLs could not be read', () => {
      const [f] = runCheck(check, new FixtureInventory().set(networkAcls, { error: denied('ec2:DescribeNetworkAcls') }));
      expect(f.status).toBe('ERROR');
      expect(f.statusExtended).toContain('ec2:DescribeNetworkAcls');
    });
  });
}
