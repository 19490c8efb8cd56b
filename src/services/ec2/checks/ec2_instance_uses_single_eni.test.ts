import { describe, expect, it } from 'vitest';
import check from './ec2_instance_uses_single_eni.js';
import { instances, type InstanceInterface } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const eni = (id: string, subnetId: string, interfaceType = 'interface'): InstanceInterface => ({ id, subnetId, interfaceType, securityGroupIds: [], ipv6Addresses: [] });
describe('ec2_instance_uses_single_eni', () => {
  it('PASS with one interface (EFA not counted), FAIL with several', () => {
    const fx = new FixtureInventory().set(instances, [
      makeInstance('i-one', { interfaces: [eni('eni-1', 'subnet-a')] }),
      makeInstance('i-hpc', { interfaces: [eni('eni-2', 'subnet-a'), eni('eni-3', 'subnet-a', 'efa')] }),
      makeInstance('i-two', { interfaces: [eni('eni-4', 'subnet-a'), eni('eni-5', 'subnet-b')] }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-one': 'PASS', 'i-hpc': 'PASS', 'i-two': 'FAIL' });
    expect(findings[2].statusExtended).toBe('Instance i-two has 2 network interfaces (eni-4, eni-5) in 2 subnet(s).');
  });
  it('ERROR when instances could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }))[0].status).toBe('ERROR');
  });
});
