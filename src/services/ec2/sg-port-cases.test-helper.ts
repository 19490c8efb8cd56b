/**
 * The PASS/FAIL/ERROR cases shared by the security group port-family checks (one family of
 * src/lib/network/ports.ts each).
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/check.js';
import { PORT_FAMILIES, type PortFamilyId } from '../../lib/network/ports.js';
import { networkInterfaces, securityGroups } from './collectors.js';
import { makeEni, makeSecurityGroup as sg, sgRule as rule } from './test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../test/helpers/check.js';

export function describeSgPortCheck(check: Check<any>, familyId: PortFamilyId): void {
  const family = PORT_FAMILIES[familyId];
  const port = family.tcp[0];
  const used = (ids: string[]) => ids.map((id, n) => makeEni(`eni-${n}`, [id]));

  describe(check.id, () => {
    it(`PASS when the ${family.name} ports are closed to the internet, open only to private or partner ranges, or to half of it`, () => {
      const groups = [
        sg('sg-web', [rule('tcp', 443, 443, ['0.0.0.0/0'], ['::/0'])]),
        sg('sg-private', [rule('tcp', port, port, ['10.0.0.0/8', '198.51.100.0/24'])]),
        sg('sg-half', [rule('-1', undefined, undefined, ['0.0.0.0/1'])]),
        sg('sg-ref', [{ ...rule('tcp', port, port, []), groups: ['sg-web'] }]),
      ];
      const fx = new FixtureInventory().set(securityGroups, groups).set(networkInterfaces, used(groups.map((g) => g.id)));
      const findings = runCheck(check, fx);
      expect(statusById(findings)).toEqual({ 'sg-web': 'PASS', 'sg-private': 'PASS', 'sg-half': 'PASS', 'sg-ref': 'PASS' });
      expect(findings[0].statusExtended).toContain(family.name);
    });

    it(`FAIL for every ${family.name} port from 0.0.0.0/0 or ::/0, all traffic, a range including it, or the internet split across rules`, () => {
      const ports = [...family.tcp.map((p) => ['tcp', p] as const), ...family.udp.map((p) => ['udp', p] as const)];
      const groups = [
        ...ports.map(([protocol, p]) => sg(`sg-${protocol}-${p}`, [rule(protocol, p, p, ['0.0.0.0/0'])])),
        sg('sg-v6', [rule('tcp', port, port, [], ['::/0'])]),
        sg('sg-all', [rule('-1', undefined, undefined, ['0.0.0.0/0'])]),
        sg('sg-range', [rule('6', 1, 65535, ['0.0.0.0/0'])]),
        sg('sg-split', [rule('tcp', port, port, ['0.0.0.0/1']), rule('tcp', 0, 65535, ['128.0.0.0/1'])]),
      ];
      const fx = new FixtureInventory().set(securityGroups, groups).set(networkInterfaces, used(groups.map((g) => g.id)));
      const findings = runCheck(check, fx);
      expect(findings.map((f) => f.status)).toEqual(groups.map(() => 'FAIL'));
      expect(findings[0].statusExtended).toBe(
        `Security group sg-tcp-${port} opens ${family.name} to the internet: TCP port ${port} from 0.0.0.0/0. It is used by 1 network interface.`,
      );
      expect(findings.find((f) => f.resource.id === 'sg-split')!.statusExtended).toContain('0.0.0.0/1 and 128.0.0.0/1');
    });

    it('skips groups no network interface uses unless scan_unused_services is set; evaluates all when interfaces are unreadable', () => {
      const groups = [sg('sg-open', [rule('tcp', port, port, ['0.0.0.0/0'])])];
      const fx = new FixtureInventory().set(securityGroups, groups).set(networkInterfaces, []);
      expect(runCheck(check, fx)).toEqual([]);
      const all = runCheck(check, fx, { config: { [check.id]: { scan_unused_services: true } } });
      expect(all.map((f) => f.status)).toEqual(['FAIL']);
      expect(all[0].statusExtended).toContain('not attached to any network interface');
      const unknown = new FixtureInventory().set(securityGroups, groups).set(networkInterfaces, { error: denied('ec2:DescribeNetworkInterfaces') });
      expect(runCheck(check, unknown).map((f) => f.status)).toEqual(['FAIL']);
    });

    it('ERROR for a region whose security groups could not be read', () => {
      const fx = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(networkInterfaces, []);
      const [f] = runCheck(check, fx);
      expect(f.status).toBe('ERROR');
      expect(f.statusExtended).toContain('ec2:DescribeSecurityGroups');
    });
  });
}
