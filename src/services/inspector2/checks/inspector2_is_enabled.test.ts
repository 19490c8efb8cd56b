import { describe, expect, it } from 'vitest';
import check from './inspector2_is_enabled.js';
import { accountStatus } from '../collectors.js';
import { instances } from '../../ec2/collectors.js';
import { repositories } from '../../ecr/collectors.js';
import { functions } from '../../awslambda/collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const status = (s: string, scans: Partial<Record<'ec2' | 'ecr' | 'lambda' | 'lambdaCode', string>> = {}) => ({
  status: s,
  scans: { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'ENABLED', lambdaCode: 'ENABLED', ...scans },
});
const workloads = (fx: FixtureInventory, n: { ec2?: number; ecr?: number; lambda?: number }) =>
  fx
    .set(instances, Array.from({ length: n.ec2 ?? 0 }, (_, i) => ({ id: `i-${i}` })) as never)
    .set(repositories, Array.from({ length: n.ecr ?? 0 }, (_, i) => ({ name: `r${i}` })) as never)
    .set(functions, Array.from({ length: n.lambda ?? 0 }, (_, i) => ({ name: `f${i}` })) as never);
const run = (s: object, n: { ec2?: number; ecr?: number; lambda?: number }, scanUnused = false) =>
  runCheck(check, workloads(new FixtureInventory().set(accountStatus, s as never), n), { config: { inspector2_is_enabled: { scan_unused_services: scanUnused } } });

describe('inspector2_is_enabled', () => {
  it('PASS when enabled for every workload kind present; a disabled scan type without workloads does not matter', () => {
    expect(run(status('ENABLED'), { ec2: 2, ecr: 1, lambda: 1 })[0].status).toBe('PASS');
    expect(run(status('ENABLED', { ecr: 'DISABLED' }), { ec2: 1 })[0].status).toBe('PASS');
  });

  it('FAIL when a scan type with workloads is off, or Inspector is off in a region with workloads', () => {
    const gap = run(status('ENABLED', { lambdaCode: 'DISABLED' }), { lambda: 3 })[0];
    expect(gap.status).toBe('FAIL');
    expect(gap.statusExtended).toContain('Lambda code (DISABLED)');
    const off = run(status('DISABLED'), { ec2: 2 })[0];
    expect(off.status).toBe('FAIL');
    expect(off.statusExtended).toContain('2 EC2 instance(s)');
  });

  it('skips a region without workloads unless scan_unused_services is set', () => {
    expect(run(status('DISABLED'), {})).toEqual([]);
    expect(run(status('DISABLED'), {}, true)[0].status).toBe('FAIL');
    expect(run(status('ENABLED', { ecr: 'DISABLED' }), {}, true)[0].status).toBe('FAIL');
  });

  it('ERROR when the status was denied, or when it is off and the workload listing was denied; nothing where Inspector is not offered', () => {
    const fx = workloads(new FixtureInventory().set(accountStatus, { error: denied('inspector2:BatchGetAccountStatus') }), {});
    expect(runCheck(check, fx)[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('inspector2:BatchGetAccountStatus') });
    const blind = new FixtureInventory().set(accountStatus, status('DISABLED') as never).set(instances, { error: denied('ec2:DescribeInstances') }).set(repositories, []).set(functions, []);
    expect(runCheck(check, blind)[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('ec2:DescribeInstances') });
    const absent = workloads(new FixtureInventory().set(accountStatus, { error: { kind: 'Unavailable', code: 'ENOTFOUND', operation: 'inspector2:BatchGetAccountStatus', message: 'no endpoint' } }), { ec2: 1 });
    expect(runCheck(check, absent)).toEqual([]);
  });
});
