import { describe, expect, it } from 'vitest';
import check from './ec2_confidential_workload_host_imdsv2_not_enforced.js';
import { instances } from '../collectors.js';
import { makeInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const instance = (id: string, amdSevSnp: string | undefined, httpTokens: string) =>
  makeInstance(id, { metadata: { httpTokens, httpEndpoint: 'enabled' }, ...(amdSevSnp ? { amdSevSnp } : {}) });

describe('ec2_confidential_workload_host_imdsv2_not_enforced', () => {
  it('evaluates only SEV-SNP instances: PASS with IMDSv2 required, FAIL otherwise', () => {
    const fx = new FixtureInventory().set(instances, [
      instance('i-snp-v2', 'enabled', 'required'),
      instance('i-snp-v1', 'enabled', 'optional'),
      instance('i-plain-v1', undefined, 'optional'),
      instance('i-off-v1', 'disabled', 'optional'),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'i-snp-v2': 'PASS', 'i-snp-v1': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Confidential computing instance i-snp-v1 accepts IMDSv1 requests without a session token (HttpTokens optional).');
  });

  it('reports nothing without confidential instances', () => {
    expect(runCheck(check, new FixtureInventory().set(instances, [instance('i-plain', undefined, 'optional')]))).toEqual([]);
  });

  it('ERROR when instances could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instances, { error: denied('ec2:DescribeInstances') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('ec2:DescribeInstances');
  });
});
