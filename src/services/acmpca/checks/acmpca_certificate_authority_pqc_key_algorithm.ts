import { defineCheck } from '../../../core/check.js';
import { listed } from '../../../lib/resource-policy.js';
import { PQC_CA_REMEDIATION, PQC_KEY_ALGORITHMS, certificateAuthorities } from '../collectors.js';

export default defineCheck({
  id: 'acmpca_certificate_authority_pqc_key_algorithm',
  title: 'AWS Private CA certificate authorities use a post-quantum key algorithm',
  service: 'acmpca',
  severity: 'low',
  resourceType: 'AwsAcmPcaCertificateAuthority',
  categories: ['encryption'],
  description:
    'For every AWS Private CA certificate authority that is not deleted, passes when its key algorithm is in acmpca_pqc_key_algorithms (default the ML-DSA family, FIPS 204: ML_DSA_44, ML_DSA_65, ML_DSA_87).',
  risk: 'Signatures made with RSA or elliptic-curve keys can be forged once a large enough quantum computer exists; a CA that anchors long-lived trust (device identities, Roles Anywhere) needs a migration plan now.',
  remediation: {
    text: 'Create a new CA with an ML-DSA key algorithm, move issuance to it, and retire the classical CA when its certificates have been replaced (a CA\'s key algorithm cannot be changed).',
    url: 'https://docs.aws.amazon.com/privateca/latest/userguide/PcaWelcome.html',
    cli: 'aws acm-pca create-certificate-authority --certificate-authority-type ROOT --certificate-authority-configuration KeyAlgorithm=ML_DSA_65,SigningAlgorithm=ML_DSA_65,Subject={CommonName=example-pqc-root}',
    ...PQC_CA_REMEDIATION,
  },
  params: { acmpca_pqc_key_algorithms: PQC_KEY_ALGORITHMS },
  uses: [certificateAuthorities],
  run(ctx) {
    const allowed = new Set(ctx.params.acmpca_pqc_key_algorithms);
    for (const { region, result } of ctx.regional(certificateAuthorities)) {
      for (const ca of listed(ctx, region, result, 'private certificate authorities')) {
        if (ca.status === 'DELETED') continue;
        const resource = { arn: ca.arn, id: ca.id, ...(ca.commonName ? { name: ca.commonName } : {}), region };
        const alg = ca.keyAlgorithm ?? 'unknown';
        if (allowed.has(alg)) ctx.pass(resource, `Private CA ${ca.id} uses the post-quantum key algorithm ${alg}.`);
        else ctx.fail(resource, `Private CA ${ca.id} uses the key algorithm ${alg}, which is not post-quantum.`);
      }
    }
  },
});
