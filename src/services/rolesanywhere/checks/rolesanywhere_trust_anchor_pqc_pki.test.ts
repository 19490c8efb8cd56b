import { describe, expect, it } from 'vitest';
import check from './rolesanywhere_trust_anchor_pqc_pki.js';
import { trustAnchors, type TrustAnchor } from '../collectors.js';
import { certificateAuthorities } from '../../acmpca/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';
import { selfSignedPem } from '../certificate.test-helper.js';

const caArn = (id: string, account = '123456789012', region = 'us-east-1') => `arn:aws:acm-pca:${region}:${account}:certificate-authority/${id}`;
const anchor = (id: string, t: Partial<TrustAnchor>): TrustAnchor => ({ arn: `arn:aws:rolesanywhere:us-east-1:123456789012:trust-anchor/${id}`, id, name: id, enabled: true, sourceType: 'AWS_ACM_PCA', ...t });
const cas = [
  { arn: caArn('pqc'), id: 'pqc', status: 'ACTIVE', keyAlgorithm: 'ML_DSA_87' },
  { arn: caArn('rsa'), id: 'rsa', status: 'ACTIVE', keyAlgorithm: 'RSA_2048' },
];

describe('rolesanywhere_trust_anchor_pqc_pki (fixtures; collectors use aws-sdk-client-mock: moto lacks rolesanywhere)', () => {
  it('judges a Private CA source by the CA\'s key algorithm and a bundle by its certificate (Prowler fails every bundle)', () => {
    const fx = new FixtureInventory()
      .set(trustAnchors, [
        anchor('pca-pqc', { acmPcaArn: caArn('pqc') }),
        anchor('pca-rsa', { acmPcaArn: caArn('rsa') }),
        anchor('bundle-pqc', { sourceType: 'CERTIFICATE_BUNDLE', certificatePem: selfSignedPem('ml-dsa-65') }),
        anchor('bundle-ec', { sourceType: 'CERTIFICATE_BUNDLE', certificatePem: selfSignedPem('ec') }),
      ])
      .set(certificateAuthorities, cas);
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ 'pca-pqc': 'PASS', 'pca-rsa': 'FAIL', 'bundle-pqc': 'PASS', 'bundle-ec': 'FAIL' });
    expect(findings[3].statusExtended).toContain('EC_prime256v1');
  });

  it('MANUAL for a CA in another account, a CA missing from the listing or an unreadable bundle; ERROR when the CA listing was denied', () => {
    const fx = new FixtureInventory()
      .set(trustAnchors, [
        anchor('foreign', { acmPcaArn: caArn('x', '210987654321') }),
        anchor('gone', { acmPcaArn: caArn('gone') }),
        anchor('junk', { sourceType: 'CERTIFICATE_BUNDLE', certificatePem: 'not a certificate' }),
      ])
      .set(certificateAuthorities, cas);
    expect(statusById(runCheck(check, fx))).toEqual({ foreign: 'MANUAL', gone: 'MANUAL', junk: 'MANUAL' });
    const blind = new FixtureInventory().set(trustAnchors, [anchor('a', { acmPcaArn: caArn('pqc') })]).set(certificateAuthorities, { error: denied('acm-pca:ListCertificateAuthorities') });
    const findings = runCheck(check, blind);
    expect(findings.find((f) => f.resource.id === 'a')).toMatchObject({ status: 'ERROR', statusExtended: expect.stringContaining('acm-pca:ListCertificateAuthorities') });
  });

  it('honours rolesanywhere_pqc_pca_key_algorithms', () => {
    const fx = new FixtureInventory().set(trustAnchors, [anchor('pca-pqc', { acmPcaArn: caArn('pqc') })]).set(certificateAuthorities, cas);
    expect(runCheck(check, fx, { config: { rolesanywhere_trust_anchor_pqc_pki: { rolesanywhere_pqc_pca_key_algorithms: ['ML_DSA_65'] } } })[0].status).toBe('FAIL');
  });
});
