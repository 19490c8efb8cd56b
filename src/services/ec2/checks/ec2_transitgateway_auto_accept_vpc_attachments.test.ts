import { describe, expect, it } from 'vitest';
import check from './ec2_transitgateway_auto_accept_vpc_attachments.js';
import { transitGateways, type TransitGateway } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const tgw = (id: string, auto: string): TransitGateway => ({ id, arn: `arn:aws:ec2:us-east-1:123456789012:transit-gateway/${id}`, autoAcceptSharedAttachments: auto, tags: {} });
describe('ec2_transitgateway_auto_accept_vpc_attachments', () => {
  it('PASS when disabled, FAIL when enabled', () => {
    expect(statusById(runCheck(check, new FixtureInventory().set(transitGateways, [tgw('tgw-1', 'disable'), tgw('tgw-2', 'enable')])))).toEqual({ 'tgw-1': 'PASS', 'tgw-2': 'FAIL' });
  });
  it('ERROR when gateways could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(transitGateways, { error: denied('ec2:DescribeTransitGateways') }))[0].status).toBe('ERROR');
  });
});
