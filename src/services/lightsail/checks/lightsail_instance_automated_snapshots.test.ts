import { describe, expect, it } from 'vitest';
import check from './lightsail_instance_automated_snapshots.js';
import { instances } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (name: string) => `arn:aws:lightsail:us-east-1:123456789012:Resource/${name}`;

describe('lightsail_instance_automated_snapshots', () => {
  it('PASS and FAIL per resource', () => {
    const findings = runCheck(check, new FixtureInventory().set(instances, [{ name: 'good', arn: arn('good'), ...{ portsOpenToAll: [], autoSnapshot: true } }, { name: 'bad', arn: arn('bad'), ...{ portsOpenToAll: [], autoSnapshot: false } }]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('does not take automatic snapshots');
  });
  it('ERROR when the listing was denied', () => {
    const findings = runCheck(check, new FixtureInventory().set(instances, { error: denied('lightsail:GetInstances') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('lightsail:GetInstances');
  });
});
