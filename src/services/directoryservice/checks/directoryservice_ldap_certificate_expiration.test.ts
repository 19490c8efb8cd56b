import { describe, expect, it } from 'vitest';
import check from './directoryservice_ldap_certificate_expiration.js';
import { certificates, directories } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';
import { dirArn, directory } from '../cases.test-helper.js';

// The fixture clock is 2026-11-01T12:00:00Z.
const cert = (id: string, expires?: string, state = 'Registered') => ({ id, state, type: 'ClientLDAPS', ...(expires ? { expires } : {}) });

describe('directoryservice_ldap_certificate_expiration (aws-sdk-client-mock in the collector test: moto lacks ds:ListCertificates)', () => {
  it('FAIL expired or expiring within the threshold, PASS later, MANUAL without a date, deregistered skipped', () => {
    const fx = new FixtureInventory()
      .set(directories, [directory('d-1'), directory('d-2', { type: 'ADConnector' }), directory('d-3')])
      .set(certificates, {
        [dirArn('d-1')]: {
          ok: true,
          data: [cert('c-old', '2026-10-01T00:00:00Z'), cert('c-soon', '2026-12-15T00:00:00Z'), cert('c-far', '2027-09-01T00:00:00Z'), cert('c-gone', '2026-01-01T00:00:00Z', 'Deregistered')],
        },
        [dirArn('d-2')]: { ok: true, data: [cert('c-nodate')] },
        [dirArn('d-3')]: { ok: false, error: denied('ds:ListCertificates') },
      });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'c-old': 'FAIL', 'c-soon': 'FAIL', 'c-far': 'PASS', 'c-nodate': 'MANUAL', 'd-3': 'ERROR' });
    expect(findings[0].resource.arn).toBe(`${dirArn('d-1')}/certificate/c-old`);
    expect(findings[1].statusExtended).toContain('expires in 43 day(s)');
    const short = runCheck(check, fx, { config: { directoryservice_ldap_certificate_expiration: { directory_certificate_expiration_days: 30 } } });
    expect(statusById(short)['c-soon']).toBe('PASS');
  });
});
