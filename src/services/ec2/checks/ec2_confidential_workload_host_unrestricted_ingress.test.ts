import { describe, expect, it } from 'vitest';
import check from './ec2_confidential_workload_host_unrestricted_ingress.js';
import { instances, securityGroups } from '../collectors.js';
import type { SgRule } from '../../../lib/network/exposure.js';
import { makeInstance, makeSecurityGroup, sgRule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const rule = (port: number, ipv4: string[], ipv6: string[] = []) => sgRule('tcp', port, port, ipv4, ipv6);
const sg = (id: string, ingress: SgRule[]) => makeSecurityGroup(id, ingress, { name: `${id}-name` });
const instance = (id: string, amdSevSnp: string | undefined, securityGroupIds: string[]) => makeInstance(id, { securityGroupIds, ...(amdSevSnp ? { amdSevSnp } : {}) });
const GROUPS = [sg('sg-public', [rule(443, [], ['::/0'])]), sg('sg-private', [rule(443, ['10.0.0.0/8'])])];

describe('ec2_confidential_workload_host_unrestricted_ingress', () => {
  it('PASS for a SEV-SNP instance reachable only from private sources; other instances are skipped', () => {
    const fx = new FixtureInventory().set(securityGroups, GROUPS).set(instances, [instance('i-snp', 'enabled', ['sg-private']), instance('i-plain', undefined, ['sg-public'])]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-snp': 'PASS' });
  });

  it('FAIL for a SEV-SNP instance with any port open to the internet', () => {
    const fx = new FixtureInventory().set(securityGroups, GROUPS).set(instances, [instance('i-snp', 'enabled', ['sg-private', 'sg-public'])]);
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('FAIL');
    expect(f.statusExtended).toBe('Confidential computing instance i-snp is open to the internet: security group sg-public (sg-public-name) allows TCP port 443 from ::/0.');
  });

  it('ERROR when security groups could not be read', () => {
    const fx = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(instances, [instance('i-snp', 'enabled', ['sg-public'])]);
    const [f] = runCheck(check, fx);
    expect(f).toMatchObject({ status: 'ERROR', resource: { id: 'i-snp' } });
    expect(f.statusExtended).toContain('ec2:DescribeSecurityGroups');
  });
});
