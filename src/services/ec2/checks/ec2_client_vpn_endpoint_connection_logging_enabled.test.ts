import { describe, expect, it } from 'vitest';
import check from './ec2_client_vpn_endpoint_connection_logging_enabled.js';
import { clientVpnEndpoints, type ClientVpnEndpoint } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const ep = (id: string, connectionLogging: boolean): ClientVpnEndpoint => ({ id, arn: `arn:aws:ec2:us-east-1:123456789012:client-vpn-endpoint/${id}`, connectionLogging, tags: {}, ...(connectionLogging ? { logGroup: 'vpn' } : {}) });
describe('ec2_client_vpn_endpoint_connection_logging_enabled', () => {
  it('PASS when logging, FAIL otherwise', () => {
    const findings = runCheck(check, new FixtureInventory().set(clientVpnEndpoints, [ep('cvpn-endpoint-1', true), ep('cvpn-endpoint-2', false)]));
    expect(statusById(findings)).toEqual({ 'cvpn-endpoint-1': 'PASS', 'cvpn-endpoint-2': 'FAIL' });
    expect(findings[0].statusExtended).toBe('Client VPN endpoint cvpn-endpoint-1 logs connections to vpn.');
  });
  it('ERROR when endpoints could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(clientVpnEndpoints, { error: denied('ec2:DescribeClientVpnEndpoints') }))[0].status).toBe('ERROR');
  });
});
