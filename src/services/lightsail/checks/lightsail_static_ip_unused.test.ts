import { describe, expect, it } from 'vitest';
import check from './lightsail_static_ip_unused.js';
import { staticIps } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (name: string) => `arn:aws:lightsail:us-east-1:123456789012:Resource/${name}`;

describe('lightsail_static_ip_unused', () => {
  it('PASS and FAIL per resource', () => {
    const findings = runCheck(check, new FixtureInventory().set(staticIps, [{ name: 'good', arn: arn('good'), ...{ attachedTo: 'web-1' } }, { name: 'bad', arn: arn('bad'), ...{} }]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('not attached to any instance');
  });
  it('ERROR when the listing was denied', () => {
    const findings = runCheck(check, new FixtureInventory().set(staticIps, { error: denied('lightsail:GetStaticIps') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('lightsail:GetStaticIps');
  });
});
