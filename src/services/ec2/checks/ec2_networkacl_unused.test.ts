import { describe, expect, it } from 'vitest';
import check from './ec2_networkacl_unused.js';
import { networkAcls, type NetworkAcl } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const acl = (id: string, subnetIds: string[], isDefault = false): NetworkAcl => ({ id, arn: `arn:aws:ec2:us-east-1:123456789012:network-acl/${id}`, vpcId: 'vpc-1', isDefault, tags: {}, subnetIds, entries: [] });
describe('ec2_networkacl_unused', () => {
  it('PASS when associated, FAIL when not; default ACLs skipped', () => {
    const findings = runCheck(check, new FixtureInventory().set(networkAcls, [acl('acl-1', ['subnet-1']), acl('acl-2', []), acl('acl-def', [], true)]));
    expect(statusById(findings)).toEqual({ 'acl-1': 'PASS', 'acl-2': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Network ACL acl-2 in vpc-1 is not associated with any subnet.');
  });
  it('ERROR when ACLs could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(networkAcls, { error: denied('ec2:DescribeNetworkAcls') }))[0].status).toBe('ERROR');
  });
});
