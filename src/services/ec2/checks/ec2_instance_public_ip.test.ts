import { describe, expect, it } from 'vitest';
import check from './ec2_instance_public_ip.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ec2_instance_public_ip', () => {
  it('PASS without a public address, FAIL with one on the instance or a secondary interface', () => {
    const fx = new FixtureInventory().set(instances, [
      makeInstance('i-private'),
      makeInstance('i-public', { publicIp: '203.0.113.4' }),
      makeInstance('i-eni', { interfaces: [{ id: 'eni-2', securityGroupIds: [], ipv6Addresses: [], publicIp: '198.51.100.9', deviceIndex: 1 }] }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-private': 'PASS', 'i-public': 'FAIL', 'i-eni': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Instance i-public has public IP address 203.0.113.4.');
  });
  it('ERROR when instances could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }))[0].status).toBe('ERROR');
  });
});
