import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_encryption_at_rest_enabled',
  title: "OpenSearch domains encrypt data at rest",
  service: 'opensearch',
  severity: 'critical',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["encryption"],
  description:
    "Passes each domain with encryption at rest enabled (indices, logs, swap and snapshots encrypted with KMS).",
  risk: "Unencrypted indices and snapshots expose the data to anyone who gets access to the underlying storage.",
  remediation: {
    text: "Enable encryption at rest (possible on existing domains running OpenSearch or Elasticsearch 6.7+).",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  encrypt_at_rest {\n    enabled    = true\n    kms_key_id = "<kms-key-id>"\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EncryptionAtRestOptions:\n        Enabled: true\n        KmsKeyId: <kms-key-id>',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (x.encryptionAtRest) ctx.pass(resource, `${L} encrypts data at rest.`);
      else ctx.fail(resource, `${L} does not encrypt data at rest.`);
    });
  },
});
