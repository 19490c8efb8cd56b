import { X509Certificate } from 'node:crypto';
import { defineCheck } from '../../../core/check.js';
import { describeCallError, notAvailableHere } from '../../../aws/errors.js';
import { listed } from '../../../lib/resource-policy.js';
import { PQC_CA_REMEDIATION, PQC_KEY_ALGORITHMS, certificateAuthorities } from '../../acmpca/collectors.js';
import { trustAnchors } from '../collectors.js';

/** The key algorithm of a PEM certificate in Private CA's naming (ml-dsa-65 -> ML_DSA_65, rsa -> RSA_2048). */
export function certificateKeyAlgorithm(pem: string): string | undefined {
  try {
    const key = new X509Certificate(pem).publicKey;
    const type = key.asymmetricKeyType ?? 'unknown';
    const details = key.asymmetricKeyDetails ?? {};
    if (type === 'rsa' && details.modulusLength) return `RSA_${details.modulusLength}`;
    if (type === 'ec' && details.namedCurve) return `EC_${details.namedCurve}`;
    return type.toUpperCase().replace(/-/g, '_');
  } catch {
    return undefined;
  }
}

export default defineCheck({
  id: 'rolesanywhere_trust_anchor_pqc_pki',
  title: 'IAM Roles Anywhere trust anchors rest on a post-quantum certificate authority',
  service: 'rolesanywhere',
  severity: 'low',
  resourceType: 'AwsRolesAnywhereTrustAnchor',
  categories: ['encryption'],
  description:
    'For every IAM Roles Anywhere trust anchor, finds the key algorithm of the CA it trusts and passes when it is in rolesanywhere_pqc_pca_key_algorithms (default ML_DSA_44, ML_DSA_65, ML_DSA_87). For an AWS Private CA source the CA is looked up in the scanned Private CA listing; for a certificate bundle the CA certificate\'s public key is read from the bundle itself (Prowler fails every bundle without looking). A Private CA outside the scanned account or regions is MANUAL.',
  risk: 'Roles Anywhere hands out AWS credentials to whoever presents a certificate the anchor trusts; if the CA\'s signatures can be forged (RSA and elliptic curves by a future quantum computer), so can the certificates.',
  remediation: {
    text: 'Create an ML-DSA AWS Private CA, issue the workloads\' certificates from it, and point the trust anchor at it.',
    url: 'https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html',
    cli: 'aws rolesanywhere update-trust-anchor --trust-anchor-id <id> --source sourceType=AWS_ACM_PCA,sourceData={acmPcaArn=<ml-dsa-ca-arn>}',
    nativeIaC: `${PQC_CA_REMEDIATION.nativeIaC}
TrustAnchor:
  Type: AWS::RolesAnywhere::TrustAnchor
  Properties:
    Name: on-prem-workloads
    Enabled: true
    Source:
      SourceType: AWS_ACM_PCA
      SourceData: { AcmPcaArn: !Ref PqcRootCA }`,
    terraform: `${PQC_CA_REMEDIATION.terraform}

resource "aws_rolesanywhere_trust_anchor" "this" {
  name    = "on-prem-workloads"
  enabled = true
  source {
    source_type = "AWS_ACM_PCA"
    source_data {
      acm_pca_arn = aws_acmpca_certificate_authority.pqc.arn
    }
  }
}`,
  },
  params: { rolesanywhere_pqc_pca_key_algorithms: PQC_KEY_ALGORITHMS },
  uses: [trustAnchors, certificateAuthorities],
  run(ctx) {
    const allowed = new Set(ctx.params.rolesanywhere_pqc_pca_key_algorithms);
    const cas = new Map(ctx.regional(certificateAuthorities).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(trustAnchors)) {
      for (const t of listed(ctx, region, result, 'IAM Roles Anywhere trust anchors')) {
        const resource = { arn: t.arn, id: t.id, name: t.name, region };
        const verdict = (alg: string, from: string) =>
          allowed.has(alg)
            ? ctx.pass(resource, `Trust anchor ${t.name} trusts ${from}, whose key algorithm ${alg} is post-quantum.`)
            : ctx.fail(resource, `Trust anchor ${t.name} trusts ${from}, whose key algorithm ${alg} is not post-quantum.`);
        if (t.sourceType === 'AWS_ACM_PCA' && t.acmPcaArn) {
          const [, , , caRegion, caAccount] = t.acmPcaArn.split(':');
          const listing = cas.get(caRegion);
          if (caAccount !== ctx.account.accountId || !listing) {
            ctx.manual(resource, `Trust anchor ${t.name} trusts Private CA ${t.acmPcaArn}, outside the scanned account or regions; check its key algorithm there.`);
          } else if (!listing.ok && !notAvailableHere(listing.error)) {
            ctx.error(resource, listing.error, `Could not list the Private CAs in ${caRegion} to judge trust anchor ${t.name}: ${describeCallError(listing.error)}.`);
          } else {
            const ca = listing.ok ? listing.data.find((c) => c.arn === t.acmPcaArn) : undefined;
            if (!ca) ctx.manual(resource, `Trust anchor ${t.name} trusts Private CA ${t.acmPcaArn}, which the listing does not show (deleted?).`);
            else verdict(ca.keyAlgorithm ?? 'unknown', `Private CA ${ca.id}`);
          }
        } else if (t.sourceType === 'CERTIFICATE_BUNDLE' && t.certificatePem) {
          const alg = certificateKeyAlgorithm(t.certificatePem);
          if (alg) verdict(alg, 'the CA certificate in its bundle');
          else ctx.manual(resource, `Trust anchor ${t.name} has a certificate bundle prowl could not read; check the CA key algorithm by hand.`);
        } else {
          ctx.manual(resource, `Trust anchor ${t.name} has a ${t.sourceType} source whose CA prowl cannot inspect.`);
        }
      }
    }
  },
});
