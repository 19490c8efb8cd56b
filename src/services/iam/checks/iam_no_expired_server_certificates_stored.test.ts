import { describe, expect, it } from 'vitest';
import check from './iam_no_expired_server_certificates_stored.js';
import { serverCertificates, type ServerCertificate } from '../policies.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

// FixtureInventory's scan time is 2026-11-01T12:00:00Z.
const cert = (name: string, expiration: string | null): ServerCertificate => ({
  name,
  id: `ASCA${name.toUpperCase()}`,
  arn: `arn:aws:iam::123456789012:server-certificate/${name}`,
  path: '/',
  expiration,
  uploadDate: '2020-01-01T00:00:00.000Z',
});

describe('iam_no_expired_server_certificates_stored', () => {
  it('FAIL for expired certificates, PASS for valid ones', () => {
    const fx = new FixtureInventory().set(serverCertificates, [
      cert('old', '2026-10-31T23:59:59.000Z'),
      cert('current', '2027-03-01T00:00:00.000Z'),
    ]);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ ASCAOLD: 'FAIL', ASCACURRENT: 'PASS' });
    expect(findings.find((f) => f.status === 'FAIL')?.statusExtended).toBe('Server certificate old expired on 2026-10-31.');
    expect(findings.find((f) => f.status === 'PASS')?.statusExtended).toContain('valid until 2027-03-01');
  });

  it('reports nothing when no certificates are stored', () => {
    expect(runCheck(check, new FixtureInventory().set(serverCertificates, []))).toEqual([]);
  });

  it('ERROR when the list was denied, or a certificate has no expiry date', () => {
    const [f] = runCheck(check, new FixtureInventory().set(serverCertificates, { error: denied('iam:ListServerCertificates') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:ListServerCertificates');
    const [g] = runCheck(check, new FixtureInventory().set(serverCertificates, [cert('odd', null)]));
    expect(g.status).toBe('ERROR');
    expect(g.resource.name).toBe('odd');
  });
});
