import { describe, expect, it } from 'vitest';
import check from './lightsail_instance_public.js';
import { instances } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (name: string) => `arn:aws:lightsail:us-east-1:123456789012:Resource/${name}`;

describe('lightsail_instance_public', () => {
  it('PASS and FAIL per resource', () => {
    const findings = runCheck(check, new FixtureInventory().set(instances, [{ name: 'good', arn: arn('good'), ...{ publicIp: '198.51.100.7', portsOpenToAll: [], autoSnapshot: false } }, { name: 'bad', arn: arn('bad'), ...{ publicIp: '198.51.100.8', portsOpenToAll: ['22/tcp', '80/tcp'], autoSnapshot: false } }]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('ports open to everyone: 22/tcp, 80/tcp');
  });
  it('ERROR when the listing was denied', () => {
    const findings = runCheck(check, new FixtureInventory().set(instances, { error: denied('lightsail:GetInstances') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('lightsail:GetInstances');
  });
});
