import { describe, expect, it } from 'vitest';
import check from './rds_instance_certificate_expiration.js';
import { clusters, instances } from '../collectors.js';
import { makeDbInstance } from '../test-fixtures.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// The fixture inventory's clock is 2026-11-01.
describe('rds_instance_certificate_expiration', () => {
  it('PASS far from expiry, FAIL within the threshold or expired, MANUAL when no date is reported', () => {
    const fx = new FixtureInventory()
      .set(instances, [
        makeDbInstance('fresh', { certificateValidTill: '2027-11-01T00:00:00Z', caCertificate: 'rds-ca-rsa2048-g1' }),
        makeDbInstance('soon', { certificateValidTill: '2026-12-01T12:00:00Z' }),
        makeDbInstance('gone', { certificateValidTill: '2026-10-01T00:00:00Z' }),
        makeDbInstance('unknown'),
      ])
      .set(clusters, []);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ fresh: 'PASS', soon: 'FAIL', gone: 'FAIL', unknown: 'MANUAL' });
    expect(findings[1].statusExtended).toContain('expires in 30 day(s)');
    expect(findings[2].statusExtended).toContain('expired 31 day(s) ago');
    const relaxed = runCheck(check, fx, { config: { rds_instance_certificate_expiration: { rds_certificate_expiration_days: 7 } } });
    expect(relaxed.find((f) => f.resource.id === 'soon')!.status).toBe('PASS');
  });
  it('ERROR when the instances could not be listed', () => {
    const [f] = runCheck(check, new FixtureInventory().set(instances, { error: denied('rds:DescribeDBInstances') }));
    expect(f.status).toBe('ERROR');
  });
});
