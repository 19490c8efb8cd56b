import { describe, expect, it } from 'vitest';
import check, { vsockRanges } from './ec2_confidential_workload_host_vsock_proxy_exposed.js';
import { instances, securityGroups } from '../collectors.js';
import { makeInstance, makeSecurityGroup, sgRule } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// moto drops EnclaveOptions from DescribeInstances, so enclave parents are stated as fixtures.
const GROUPS = [
  makeSecurityGroup('sg-proxy', [sgRule('tcp', 8000, 8010, ['0.0.0.0/0'])]),
  makeSecurityGroup('sg-web', [sgRule('tcp', 443, 443, ['0.0.0.0/0'])]),
  makeSecurityGroup('sg-half-a', [sgRule('tcp', 5000, 5000, ['0.0.0.0/1'])]),
  makeSecurityGroup('sg-half-b', [sgRule('tcp', 5000, 5000, ['128.0.0.0/1'])]),
  makeSecurityGroup('sg-private', [sgRule('-1', undefined, undefined, ['10.0.0.0/8'])]),
];
const parent = (id: string, securityGroupIds: string[]) => makeInstance(id, { enclave: true, securityGroupIds });

describe('ec2_confidential_workload_host_vsock_proxy_exposed', () => {
  it('FAIL for an enclave parent whose groups open a proxy port to the internet, even split over two groups; PASS otherwise; other instances skipped', () => {
    const fx = new FixtureInventory()
      .set(securityGroups, GROUPS)
      .set(instances, [parent('i-open', ['sg-proxy']), parent('i-split', ['sg-half-a', 'sg-half-b']), parent('i-web', ['sg-web', 'sg-private']), makeInstance('i-plain', { securityGroupIds: ['sg-proxy'] })]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-open': 'FAIL', 'i-split': 'FAIL', 'i-web': 'PASS' });
    expect(findings[0].statusExtended).toBe('Nitro Enclaves parent i-open opens likely vsock-proxy ports to the internet: TCP ports 8000-8010 from 0.0.0.0/0 (security group sg-proxy).');
    // Prowler looks at one rule at a time and misses 0.0.0.0/1 + 128.0.0.0/1 in two groups: together they are the whole internet.
    expect(findings[1].statusExtended).toContain('TCP port 5000');
    expect(findings[2].statusExtended).toContain('(5000, 8000-8090, 9000)');
  });

  it('honours enclave_vsock_ports (ports as Prowler writes them, or ranges)', () => {
    expect(vsockRanges(['5000', '8000-8090', 'x', '9-1', '70000'])).toEqual([
      { protocol: 'tcp', from: 5000, to: 5000 },
      { protocol: 'tcp', from: 8000, to: 8090 },
    ]);
    const fx = new FixtureInventory().set(securityGroups, GROUPS).set(instances, [parent('i-web', ['sg-web'])]);
    expect(runCheck(check, fx)[0].status).toBe('PASS');
    expect(runCheck(check, fx, { config: { [check.id]: { enclave_vsock_ports: ['443'] } } })[0].status).toBe('FAIL');
  });

  it('ERROR when the groups could not be read, or a group of the instance is missing and nothing visible is open', () => {
    const denied1 = new FixtureInventory().set(securityGroups, { error: denied('ec2:DescribeSecurityGroups') }).set(instances, [parent('i-1', ['sg-web'])]);
    const [a] = runCheck(check, denied1);
    expect(a).toMatchObject({ status: 'ERROR', resource: { id: 'i-1' } });
    expect(a.statusExtended).toContain('ec2:DescribeSecurityGroups');
    const missing = new FixtureInventory().set(securityGroups, GROUPS).set(instances, [parent('i-2', ['sg-web', 'sg-gone']), parent('i-3', ['sg-proxy', 'sg-gone'])]);
    expect(statusById(runCheck(check, missing))).toEqual({ 'i-2': 'ERROR', 'i-3': 'FAIL' });
  });
});
