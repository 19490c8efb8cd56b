import { defineCheck } from '../../../core/check.js';
import { eachListed } from '../../rds/listing.js';
import { endpoints } from '../collectors.js';
import { usesSslMode } from '../engines.js';

export default defineCheck({
  id: 'dms_endpoint_ssl_enabled',
  title: 'DMS endpoints connect to their databases over SSL/TLS',
  service: 'dms',
  severity: 'high',
  resourceType: 'AwsDmsEndpoint',
  categories: ['encryption'],
  description:
    'Fails each DMS endpoint of a database engine whose SSL mode is none, so the replication instance talks to the database in clear text. ' +
    'Endpoints of services that DMS always reaches over HTTPS or that have their own transport setting (S3, DynamoDB, Kinesis, Kafka, OpenSearch, Neptune, Redis, Timestream) have no SSL mode and are not judged here.',
  risk: 'Replicated rows and the endpoint credentials cross the network unencrypted and can be read or altered on the way.',
  remediation: {
    text: 'Set the endpoint SSL mode to verify-full (or verify-ca, or at least require) and give it the database CA certificate.',
    url: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html',
    cli: 'aws dms modify-endpoint --endpoint-arn <endpoint-arn> --ssl-mode verify-full --certificate-arn <certificate-arn>',
    nativeIaC: 'DatabaseEndpoint:\n  Type: AWS::DMS::Endpoint\n  Properties:\n    EndpointType: <source-or-target>\n    EngineName: <engine-name>\n    # ...\n    SslMode: verify-full\n    CertificateArn: !Ref DatabaseCaCertificate',
    terraform: 'resource "aws_dms_endpoint" "db" {\n  # ...\n  ssl_mode        = "verify-full"\n  certificate_arn = aws_dms_certificate.db_ca.certificate_arn\n}',
  },
  uses: [endpoints],
  run(ctx) {
    eachListed(ctx, endpoints, 'DMS endpoints', (e, resource) => {
      if (!usesSslMode(e.engine)) return;
      const L = `DMS ${e.type ?? ''} endpoint ${e.id} (${e.engine})`.replace('  ', ' ');
      const mode = e.sslMode ?? 'none';
      if (mode === 'none') ctx.fail(resource, `${L} does not use SSL (SSL mode none).`);
      else if (mode === 'require') ctx.pass(resource, `${L} encrypts its connection (SSL mode require), without verifying the server certificate.`);
      else ctx.pass(resource, `${L} encrypts its connection and verifies the server (SSL mode ${mode}).`);
    });
  },
});
