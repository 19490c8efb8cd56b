import { describe, expect, it } from 'vitest';
import check from './ec2_elastic_ip_unassigned.js';
import { addresses, type ElasticIp } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const eip = (id: string, o: Partial<ElasticIp> = {}): ElasticIp => ({ id, arn: `arn:aws:ec2:us-east-1:123456789012:elastic-ip/${id}`, publicIp: '203.0.113.50', tags: {}, ...o });
describe('ec2_elastic_ip_unassigned', () => {
  it('PASS when associated, FAIL when idle', () => {
    const findings = runCheck(check, new FixtureInventory().set(addresses, [eip('eipalloc-1', { associationId: 'eipassoc-1', instanceId: 'i-1' }), eip('eipalloc-2')]));
    expect(statusById(findings)).toEqual({ 'eipalloc-1': 'PASS', 'eipalloc-2': 'FAIL' });
    expect(findings[1].statusExtended).toBe('Elastic IP 203.0.113.50 (eipalloc-2) is not associated with any resource.');
  });
  it('ERROR when addresses could not be listed', () => {
    expect(runCheck(check, new FixtureInventory().set(addresses, { error: denied('ec2:DescribeAddresses') }))[0].status).toBe('ERROR');
  });
});
