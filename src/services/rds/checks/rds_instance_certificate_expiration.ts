import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { eachInstance } from '../instances.js';

const DAY = 86_400_000;

export default defineCheck({
  id: 'rds_instance_certificate_expiration',
  title: 'RDS DB instance server certificates are not about to expire',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  categories: ['encryption'],
  description:
    'Reads when the server certificate each DB instance presents expires (CertificateDetails.ValidTill) and fails certificates that have expired or expire within rds_certificate_expiration_days (90 by default).',
  risk: 'When the server certificate expires, clients that verify TLS (as they should) can no longer connect: an outage, or pressure to turn verification off.',
  remediation: {
    text: 'Rotate the instance to a current certificate authority (for example rds-ca-rsa2048-g1), after adding the new CA bundle to clients.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately',
    terraform:
      'resource "aws_db_instance" "this" {\n  identifier          = "<db-id>"\n  instance_class      = "<instance-class>"\n  engine              = "<engine>"\n  ca_cert_identifier  = "rds-ca-rsa2048-g1"\n}',
    nativeIaC:
      'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: <instance-class>\n      Engine: <engine>\n      CACertificateIdentifier: rds-ca-rsa2048-g1',
  },
  params: { rds_certificate_expiration_days: 90 },
  uses: [instances],
  run(ctx) {
    eachInstance(ctx, (x, resource) => {
      const L = `RDS instance ${x.id}`;
      if (!x.certificateValidTill) {
        ctx.manual(resource, `${L} reports no server certificate expiry date${x.caCertificate ? ` (CA ${x.caCertificate})` : ''}; verify it in the console.`);
        return;
      }
      const ms = Date.parse(x.certificateValidTill) - ctx.now.getTime();
      const days = Math.floor(ms / DAY);
      const ca = x.caCertificate ? ` (CA ${x.caCertificate})` : '';
      if (ms < 0) ctx.fail(resource, `${L} presents a server certificate${ca} that expired ${Math.floor(-ms / DAY)} day(s) ago.`);
      else if (days <= ctx.params.rds_certificate_expiration_days) ctx.fail(resource, `${L} presents a server certificate${ca} that expires in ${days} day(s).`);
      else ctx.pass(resource, `${L} presents a server certificate${ca} valid for ${days} more day(s).`);
    });
  },
});
