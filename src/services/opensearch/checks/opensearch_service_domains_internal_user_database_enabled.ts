import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_internal_user_database_enabled',
  title: "OpenSearch domains do not use the internal user database",
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["identity-access"],
  description:
    "Fails each domain with the fine-grained access control internal user database enabled, whose users and passwords live outside IAM and the identity provider.",
  risk: "Internal database users have passwords that are not rotated or revoked with the rest of the identities, and are attractive brute-force targets.",
  remediation: {
    text: "Map IAM roles or SAML/Cognito identities instead, and disable the internal user database.",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --advanced-security-options InternalUserDatabaseEnabled=false",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  advanced_security_options {\n    enabled                        = true\n    internal_user_database_enabled = false\n    master_user_options {\n      master_user_arn = "<admin-role-arn>"\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      AdvancedSecurityOptions:\n        Enabled: true\n        InternalUserDatabaseEnabled: false\n        MasterUserOptions:\n          MasterUserARN: <admin-role-arn>',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (!x.internalUserDatabase) ctx.pass(resource, `${L} does not use the internal user database.`);
      else ctx.fail(resource, `${L} has the internal user database enabled.`);
    });
  },
});
