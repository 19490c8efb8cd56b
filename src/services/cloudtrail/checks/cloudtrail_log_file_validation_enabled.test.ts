import { describe, expect, it } from 'vitest';
import check from './cloudtrail_log_file_validation_enabled.js';
import { trailList } from '../collectors.js';
import { makeTrail, withTrails } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

describe('cloudtrail_log_file_validation_enabled', () => {
  it('PASS when validation is on, FAIL when it is off', () => {
    const fx = withTrails(new FixtureInventory(), [
      makeTrail({ name: 'validated' }),
      makeTrail({ name: 'unvalidated', logFileValidationEnabled: false }),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ validated: 'PASS', unvalidated: 'FAIL' });
    expect(findings.find((f) => f.status === 'FAIL')!.statusExtended).toMatch(/unvalidated .*not have log file validation/);
  });
  it('ERROR when the trails could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(trailList, { error: denied('cloudtrail:DescribeTrails') }));
    expect(f.status).toBe('ERROR');
    expect(f.resource.arn).toBe('arn:aws:iam::123456789012:root');
    expect(f.statusExtended).toContain('cloudtrail:DescribeTrails');
  });
});
