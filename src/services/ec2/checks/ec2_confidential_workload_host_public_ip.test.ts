import { describe, expect, it } from 'vitest';
import check from './ec2_confidential_workload_host_public_ip.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// moto drops EnclaveOptions and CpuOptions, so confidential hosts come from fixtures.
describe('ec2_confidential_workload_host_public_ip', () => {
  it('PASS without a public address, FAIL with one; other instances are not evaluated', () => {
    const fx = new FixtureInventory().set(instances, [
      makeInstance('i-sev', { amdSevSnp: 'enabled' }),
      makeInstance('i-enclave', { enclave: true, publicIp: '203.0.113.8' }),
      makeInstance('i-plain', { publicIp: '203.0.113.9' }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-sev': 'PASS', 'i-enclave': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Confidential computing host i-enclave has public IP address 203.0.113.8.');
  });
  it('ERROR when instances could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }))[0].status).toBe('ERROR');
  });
});
