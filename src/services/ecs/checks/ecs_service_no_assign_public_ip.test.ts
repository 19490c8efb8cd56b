import { describe, expect, it } from 'vitest';
import check from './ecs_service_no_assign_public_ip.js';
import { services } from '../collectors.js';
import { svc } from '../test-services.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('ecs_service_no_assign_public_ip', () => {
  it('PASS for disabled or no awsvpc config, FAIL for ENABLED', () => {
    const findings = runCheck(check, new FixtureInventory().set(services, [svc('priv', { assignPublicIp: 'DISABLED' }), svc('bridge'), svc('pub', { assignPublicIp: 'ENABLED' })]));
    expect(statusById(findings)).toEqual({ priv: 'PASS', bridge: 'PASS', pub: 'FAIL' });
  });
  it('ERROR when services could not be read', () => {
    const findings = runCheck(check, new FixtureInventory().set(services, { error: denied('ecs:DescribeServices') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('ecs:DescribeServices');
  });
});
