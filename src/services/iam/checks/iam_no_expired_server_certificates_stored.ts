import { defineCheck } from '../../../core/check.js';
import { serverCertificates } from '../policies.js';
import { unreadable } from '../policy-checks.js';

export default defineCheck({
  id: 'iam_no_expired_server_certificates_stored',
  title: 'No expired SSL/TLS server certificates are stored in IAM',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsCertificateManagerCertificate',
  categories: ['encryption'],
  description: 'Lists the server certificates uploaded to IAM and flags every one whose expiry date has passed.',
  risk:
    'An expired certificate left in IAM can be attached to a load balancer or CloudFront distribution by mistake, breaking TLS for clients or teaching them to click through certificate warnings.',
  remediation: {
    text: 'Delete expired server certificates from IAM; prefer AWS Certificate Manager, which renews certificates automatically.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
    cli: 'aws iam delete-server-certificate --server-certificate-name <name>',
    terraform:
      '# delete the expired aws_iam_server_certificate and use an ACM certificate, which renews itself\nresource "aws_acm_certificate" "this" {\n  domain_name       = "<domain-name>"\n  validation_method = "DNS"\n}',
    nativeIaC:
      'Resources:\n  Certificate:\n    Type: AWS::CertificateManager::Certificate\n    Properties:\n      DomainName: <domain-name>\n      ValidationMethod: DNS',
  },
  uses: [serverCertificates],
  run(ctx) {
    const certs = ctx.global(serverCertificates);
    if (!certs.ok) return ctx.error(ctx.accountResource(), certs.error);
    for (const c of certs.data) {
      const resource = { arn: c.arn, id: c.id, name: c.name, region: ctx.homeRegion };
      if (!c.expiration) {
        ctx.error(
          resource,
          unreadable('iam:ListServerCertificates', `no expiration date returned for ${c.name}`),
          `Could not evaluate: IAM returned no expiration date for server certificate ${c.name}.`,
        );
        continue;
      }
      const day = c.expiration.slice(0, 10);
      if (new Date(c.expiration).getTime() <= ctx.now.getTime()) ctx.fail(resource, `Server certificate ${c.name} expired on ${day}.`);
      else ctx.pass(resource, `Server certificate ${c.name} is valid until ${day}.`);
    }
  },
});
