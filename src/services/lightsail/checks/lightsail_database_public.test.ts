import { describe, expect, it } from 'vitest';
import check from './lightsail_database_public.js';
import { databases } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (name: string) => `arn:aws:lightsail:us-east-1:123456789012:Resource/${name}`;

describe('lightsail_database_public', () => {
  it('PASS and FAIL per resource', () => {
    const findings = runCheck(check, new FixtureInventory().set(databases, [{ name: 'good', arn: arn('good'), ...{ publiclyAccessible: false } }, { name: 'bad', arn: arn('bad'), ...{ publiclyAccessible: true } }]));
    expect(statusById(findings)).toEqual({ good: 'PASS', bad: 'FAIL' });
    expect(findings[1].statusExtended).toContain('is publicly accessible');
  });
  it('ERROR when the listing was denied', () => {
    const findings = runCheck(check, new FixtureInventory().set(databases, { error: denied('lightsail:GetRelationalDatabases') }));
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0].statusExtended).toContain('lightsail:GetRelationalDatabases');
  });
});
