/**
 * The PASS/FAIL/ERROR cases shared by the "security group opens TCP port N to the internet" checks.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import { securityGroups, type SecurityGroup } from './collectors.js';
import type { SgRule } from '../../lib/network/exposure.js';
import { makeSecurityGroup, sgRule } from './test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';

export const rule = sgRule;
export const sg = (id: string, ingress: SgRule[], name = id): SecurityGroup => makeSecurityGroup(id, ingress, { name, egress: [rule('-1', undefined, undefined, ['0.0.0.0/0'])] });

export function describeTcpPortCheck(check: Check<any>, port: number): void {
  describe(check.id, () => {
    it(`PASS when port ${port} is closed to the internet or open only to private ranges`, () => {
      const fx = new FixtureInventory().set(securityGroups, [
        sg('sg-web', [rule('tcp', 443, 443, ['0.0.0.0/0'], ['::/0'])]),
        sg('sg-admin', [rule('tcp', port, port, ['10.0.0.0/8'])]),
        sg('sg-udp', [rule('udp', port, port, ['0.0.0.0/0'])]),
        sg('sg-empty', []),
      ]);
      const findings = runCheck(check, fx);
      expect(statusById(findings)).toEqual({ 'sg-web': 'PASS', 'sg-admin': 'PASS', 'sg-udp': 'PASS', 'sg-empty': 'PASS' });
      expect(findings[0].statusExtended).toContain(`TCP port ${port}`);
    });

    it(`FAIL for a rule on port ${port}, a range including it, or all traffic, from 0.0.0.0/0 or ::/0 (default groups too)`, () => {
      const fx = new FixtureInventory().set(securityGroups, [
        sg('sg-exact', [rule('tcp', port, port, ['0.0.0.0/0'])], 'bastion'),
        sg('sg-range', [rule('6', 1, 65535, [], ['::/0'])]),
        sg('sg-default', [rule('-1', undefined, undefined, ['0.0.0.0/0'])], 'default'),
      ]);
      const findings = runCheck(check, fx);
      expect(statusById(findings)).toEqual({ 'sg-exact': 'FAIL', 'sg-range': 'FAIL', 'sg-default': 'FAIL' });
      const exact = findings.find((f) => f.resource.id === 'sg-exact')!;
      expect(exact.statusExtended).toBe(`Security group sg-exact (bastion) allows TCP port ${port} from 0.0.0.0/0.`);
      expect(exact.resource).toMatchObject({ arn: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-exact', name: 'bastion', region: 'us-east-1' });
      expect(findings.find((f) => f.resource.id === 'sg-range')!.statusExtended).toContain('::/0');
      expect(findings.find((f) => f.resource.id === 'sg-default')!.statusExtended).toContain('all traffic');
    });

    it('ERROR for a region whose security groups could not be read; other regions are still evaluated', () => {
      const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
        .set(securityGroups, [sg('sg-exact', [rule('tcp', port, port, ['0.0.0.0/0'])])], ['us-east-1'])
        .set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }, ['eu-west-1']);
      const findings = runCheck(check, fx);
      expect(findings.map((f) => [f.region, f.status])).toEqual([
        ['us-east-1', 'FAIL'],
        ['eu-west-1', 'ERROR'],
      ]);
      expect(findings[1].statusExtended).toContain('ec2:DescribeSecurityGroups');
      expect(findings[1].resource.arn).toBe('arn:aws:iam::123456789012:root');
    });
  });
}
