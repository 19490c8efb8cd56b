import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_node_to_node_encryption_enabled',
  title: "OpenSearch domains encrypt traffic between nodes",
  service: 'opensearch',
  severity: 'high',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["encryption"],
  description:
    "Passes each domain with node-to-node encryption enabled.",
  risk: "Without it, data replicated between nodes travels in clear inside the VPC.",
  remediation: {
    text: "Enable node-to-node encryption (OpenSearch or Elasticsearch 6.7+).",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  node_to_node_encryption {\n    enabled = true\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      NodeToNodeEncryptionOptions:\n        Enabled: true',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (x.nodeToNode) ctx.pass(resource, `${L} encrypts node-to-node traffic.`);
      else ctx.fail(resource, `${L} does not encrypt node-to-node traffic.`);
    });
  },
});
