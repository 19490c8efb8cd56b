import { describe, expect, it } from 'vitest';
import check from './awslambda_function_vpc_multi_az.js';
import { functions, subnetZones } from '../collectors.js';
import { makeFn } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('awslambda_function_vpc_multi_az', () => {
  const fns = [
    makeFn('multi', { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'] }),
    makeFn('single', { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-a2'] }),
    makeFn('novpc'),
  ];
  const zones = { 'subnet-a': 'us-east-1a', 'subnet-a2': 'us-east-1a', 'subnet-b': 'us-east-1b' };
  it('PASS for subnets in two zones, FAIL for one zone, nothing outside a VPC', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, fns).set(subnetZones, zones));
    expect(statusById(findings)).toEqual({ multi: 'PASS', single: 'FAIL' });
    expect(findings[1].statusExtended).toContain('1 availability zone (us-east-1a)');
  });
  it('follows lambda_min_azs', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, fns).set(subnetZones, zones), { config: { awslambda_function_vpc_multi_az: { lambda_min_azs: 3 } } });
    expect(statusById(findings).multi).toBe('FAIL');
  });
  it('ERROR when the subnets could not be described', () => {
    const findings = runCheck(check, new FixtureInventory().set(functions, fns).set(subnetZones, { error: denied('ec2:DescribeSubnets') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
    expect(findings[0].statusExtended).toContain('ec2:DescribeSubnets');
  });
});
