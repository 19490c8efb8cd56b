import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_access_control_enabled',
  title: "OpenSearch domains use fine-grained access control",
  service: 'opensearch',
  severity: 'high',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["identity-access"],
  description:
    "Passes each domain with fine-grained access control (advanced security options) enabled, which authorises users down to index, document and field level.",
  risk: "Without fine-grained access control, anyone the domain policy lets in has full access to every index.",
  remediation: {
    text: "Enable fine-grained access control (requires HTTPS, node-to-node and at-rest encryption).",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --advanced-security-options Enabled=true,InternalUserDatabaseEnabled=false,MasterUserOptions={MasterUserARN=<role-arn>}",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  domain_endpoint_options {\n    enforce_https = true\n  }\n  node_to_node_encryption {\n    enabled = true\n  }\n  encrypt_at_rest {\n    enabled = true\n  }\n  advanced_security_options {\n    enabled                        = true\n    internal_user_database_enabled = false\n    master_user_options {\n      master_user_arn = "<admin-role-arn>"\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n      EncryptionAtRestOptions:\n        Enabled: true\n      AdvancedSecurityOptions:\n        Enabled: true\n        InternalUserDatabaseEnabled: false\n        MasterUserOptions:\n          MasterUserARN: <admin-role-arn>',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (x.advancedSecurity) ctx.pass(resource, `${L} has fine-grained access control enabled.`);
      else ctx.fail(resource, `${L} does not have fine-grained access control enabled.`);
    });
  },
});
