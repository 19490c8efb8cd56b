import { describe, expect, it } from 'vitest';
import check from './acmpca_certificate_authority_pqc_key_algorithm.js';
import { certificateAuthorities } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const ca = (id: string, keyAlgorithm: string, status = 'ACTIVE') => ({ arn: `arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/${id}`, id, status, keyAlgorithm });

describe('acmpca_certificate_authority_pqc_key_algorithm', () => {
  it('PASS for ML-DSA, FAIL for RSA and EC, deleted CAs skipped; the allow-list is a parameter', () => {
    const fx = new FixtureInventory().set(certificateAuthorities, [ca('pqc', 'ML_DSA_65'), ca('rsa', 'RSA_2048'), ca('ec', 'EC_prime256v1', 'DISABLED'), ca('old', 'RSA_4096', 'DELETED')]);
    expect(statusById(runCheck(check, fx))).toEqual({ pqc: 'PASS', rsa: 'FAIL', ec: 'FAIL' });
    const custom = runCheck(check, fx, { config: { acmpca_certificate_authority_pqc_key_algorithm: { acmpca_pqc_key_algorithms: ['RSA_2048'] } } });
    expect(statusById(custom)).toEqual({ pqc: 'FAIL', rsa: 'PASS', ec: 'FAIL' });
  });

  it('ERROR when the listing was denied', () => {
    const findings = runCheck(check, new FixtureInventory().set(certificateAuthorities, { error: denied('acm-pca:ListCertificateAuthorities') }));
    expect(findings[0]).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('acm-pca:ListCertificateAuthorities') });
  });
});
