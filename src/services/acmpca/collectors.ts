/** AWS Private CA collectors: the certificate authorities of each region (ListCertificateAuthorities). */
import { defineFact } from '../../core/fact.js';

export interface CertificateAuthority {
  arn: string;
  id: string;
  /** CREATING, PENDING_CERTIFICATE, ACTIVE, DELETED, DISABLED, EXPIRED, FAILED. */
  status: string;
  /** ROOT or SUBORDINATE. */
  type?: string;
  /** RSA_2048, EC_prime256v1, SM2, ML_DSA_65, ... */
  keyAlgorithm?: string;
  signingAlgorithm?: string;
  commonName?: string;
}

export const certificateAuthorities = defineFact<CertificateAuthority[]>({
  id: 'acmpca.certificateAuthorities',
  service: 'acmpca',
  scope: 'regional',
  operation: 'acm-pca:ListCertificateAuthorities',
  async collect(ctx) {
    const { paginateListCertificateAuthorities } = await import('@aws-sdk/client-acm-pca');
    const client = await ctx.client('acmpca');
    const out: CertificateAuthority[] = [];
    for await (const page of paginateListCertificateAuthorities({ client, pageSize: 1000 }, {})) {
      for (const ca of page.CertificateAuthorities ?? []) {
        if (!ca.Arn) continue;
        const cfg = ca.CertificateAuthorityConfiguration;
        out.push({
          arn: ca.Arn,
          id: ca.Arn.split('/').pop() ?? ca.Arn,
          status: ca.Status ?? 'UNKNOWN',
          ...(ca.Type ? { type: ca.Type } : {}),
          ...(cfg?.KeyAlgorithm ? { keyAlgorithm: cfg.KeyAlgorithm } : {}),
          ...(cfg?.SigningAlgorithm ? { signingAlgorithm: cfg.SigningAlgorithm } : {}),
          ...(cfg?.Subject?.CommonName ? { commonName: cfg.Subject.CommonName } : {}),
        });
      }
    }
    return out;
  },
});

/** Prowler's default allow-list of post-quantum (ML-DSA, FIPS 204) key algorithms. */
export const PQC_KEY_ALGORITHMS = ['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'];

/** The CloudFormation and Terraform for a post-quantum private CA, shared by the PQC checks. */
export const PQC_CA_REMEDIATION = {
  nativeIaC: `PqcRootCA:
  Type: AWS::ACMPCA::CertificateAuthority
  Properties:
    Type: ROOT
    KeyAlgorithm: ML_DSA_65
    SigningAlgorithm: ML_DSA_65
    Subject:
      CommonName: example-pqc-root`,
  terraform: `resource "aws_acmpca_certificate_authority" "pqc" {
  type = "ROOT"
  certificate_authority_configuration {
    key_algorithm     = "ML_DSA_65"
    signing_algorithm = "ML_DSA_65"
    subject {
      common_name = "example-pqc-root"
    }
  }
}`,
};
