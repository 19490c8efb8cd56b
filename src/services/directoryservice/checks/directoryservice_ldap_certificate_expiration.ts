import { defineCheck } from '../../../core/check.js';
import { RADIUS_TYPES, certificates, directories } from '../collectors.js';
import { eachDirectoryWith } from '../directory-checks.js';

const DAY = 86_400_000;

export default defineCheck({
  id: 'directoryservice_ldap_certificate_expiration',
  title: 'Certificates registered with Directory Service directories are not about to expire',
  service: 'directoryservice',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['encryption'],
  description:
    'For every Managed Microsoft AD and AD Connector directory, lists the certificates registered for secure LDAP or client certificate authentication and fails for each one that has expired or expires within directory_certificate_expiration_days (default 90, as Prowler). Deregistered certificates are skipped.',
  risk: 'When the certificate expires, LDAPS connections fail and applications either stop authenticating or fall back to plain LDAP, exposing credentials on the network.',
  remediation: {
    text: 'Register a renewed certificate from your CA with the directory before the current one expires, then deregister the old one.',
    url: 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_ldap_client_side.html',
    cli: 'aws ds register-certificate --directory-id <directory-id> --certificate-data file://ldaps-ca.pem',
    nativeIaC: `# CloudFormation cannot register directory certificates: renew the certificate in your CA
# (for an ACM Private CA issued certificate, for example) and run the CLI command above.
LdapsCertificate:
  Type: AWS::ACMPCA::Certificate
  Properties:
    CertificateAuthorityArn: <ca-arn>
    CertificateSigningRequest: <csr>
    SigningAlgorithm: SHA256WITHRSA
    Validity: { Type: DAYS, Value: 365 }`,
    terraform: `# The AWS provider cannot register directory certificates: renew the certificate in your CA
# (for an ACM Private CA issued certificate, for example) and run the CLI command above.
resource "aws_acmpca_certificate" "ldaps" {
  certificate_authority_arn   = aws_acmpca_certificate_authority.ca.arn
  certificate_signing_request = file("ldaps.csr")
  signing_algorithm           = "SHA256WITHRSA"
  validity {
    type  = "DAYS"
    value = 365
  }
}`,
  },
  params: { directory_certificate_expiration_days: 90 },
  uses: [directories, certificates],
  run(ctx) {
    const threshold = ctx.params.directory_certificate_expiration_days;
    for (const { d, resource: dir, data } of eachDirectoryWith(ctx, RADIUS_TYPES, certificates, 'certificates')) {
      for (const c of data) {
        if (c.state.startsWith('Deregister')) continue;
        const resource = { ...dir, arn: `${d.arn}/certificate/${c.id}`, id: c.id, name: c.commonName ?? c.id };
        if (!c.expires) {
          ctx.manual(resource, `Certificate ${c.id} of directory ${d.id} has no expiry date in the answer; check it by hand.`);
          continue;
        }
        const days = Math.floor((Date.parse(c.expires) - ctx.now.getTime()) / DAY);
        if (days < 0) ctx.fail(resource, `Certificate ${c.id} of directory ${d.id} expired ${-days} day(s) ago (${c.expires}).`);
        else if (days <= threshold) ctx.fail(resource, `Certificate ${c.id} of directory ${d.id} expires in ${days} day(s) (${c.expires}).`);
        else ctx.pass(resource, `Certificate ${c.id} of directory ${d.id} expires in ${days} days.`);
      }
    }
  },
});
