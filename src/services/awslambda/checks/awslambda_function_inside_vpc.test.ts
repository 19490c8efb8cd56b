import { describe, expect, it } from 'vitest';
import check from './awslambda_function_inside_vpc.js';
import { functions } from '../collectors.js';
import { makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('awslambda_function_inside_vpc', () => {
  it('PASS for a function in a VPC, FAIL for one outside', () => {
    const fx = new FixtureInventory().set(functions, [makeFn('in', { vpcId: 'vpc-1', subnetIds: ['subnet-a'] }), makeFn('out')]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ in: 'PASS', out: 'FAIL' });
    expect(findings[0].statusExtended).toContain('vpc-1');
  });
  it('ERROR when the functions could not be listed', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, { error: denied('lambda:ListFunctions') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('lambda:ListFunctions');
  });
});
