import { describe, expect, it } from 'vitest';
import check from './vpc_flow_logs_enabled.js';
import { flowLogs, vpcs, type FlowLog, type Vpc } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const vpc = (id: string, isDefault = false, name?: string): Vpc => ({
  id,
  arn: `arn:aws:ec2:us-east-1:123456789012:vpc/${id}`,
  ...(name ? { name } : {}),
  isDefault,
  cidrBlocks: ['10.0.0.0/16'],
  ipv6CidrBlocks: [],
  tags: name ? { Name: name } : {},
});
const log = (id: string, resourceId: string, deliverLogsStatus = 'SUCCESS'): FlowLog => ({ id, resourceId, trafficType: 'ALL', status: 'ACTIVE', deliverLogsStatus });

describe('vpc_flow_logs_enabled', () => {
  it('PASS for a VPC with a working flow log', () => {
    const fx = new FixtureInventory().set(vpcs, [vpc('vpc-1', false, 'prod')]).set(flowLogs, [log('fl-1', 'vpc-1')]);
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toBe('VPC vpc-1 (prod) has flow log fl-1 (ALL traffic).');
    expect(f.resource).toMatchObject({ arn: 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-1', name: 'prod' });
  });

  it('FAIL without a flow log on the VPC itself (default VPCs included), or when delivery fails', () => {
    const fx = new FixtureInventory()
      .set(vpcs, [vpc('vpc-default', true), vpc('vpc-subnet-only'), vpc('vpc-broken')])
      .set(flowLogs, [log('fl-s', 'subnet-1'), log('fl-b', 'vpc-broken', 'FAILED')]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'vpc-default': 'FAIL', 'vpc-subnet-only': 'FAIL', 'vpc-broken': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Default VPC vpc-default has no flow log.');
    expect(findings[2].statusExtended).toContain('delivery is failing');
  });

  it('ERROR per region when VPCs are unreadable, per VPC when flow logs are', () => {
    const fx = new FixtureInventory(['us-east-1', 'eu-west-1'])
      .set(vpcs, { error: denied('ec2:DescribeVpcs') }, ['us-east-1'])
      .set(vpcs, [vpc('vpc-2')], ['eu-west-1'])
      .set(flowLogs, { error: denied('ec2:DescribeFlowLogs') });
    const findings = runCheck(check, fx);
    expect(findings.map((f) => [f.region, f.resource.id, f.status])).toEqual([
      ['us-east-1', '123456789012', 'ERROR'],
      ['eu-west-1', 'vpc-2', 'ERROR'],
    ]);
    expect(findings[0].statusExtended).toContain('ec2:DescribeVpcs');
    expect(findings[1].statusExtended).toContain('ec2:DescribeFlowLogs');
  });
});
