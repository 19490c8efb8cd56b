import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_use_cognito_authentication_for_kibana',
  title: "OpenSearch Dashboards sign-in goes through Cognito or SAML",
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["identity-access"],
  description:
    "Passes each domain whose Dashboards (Kibana) sign-in uses Amazon Cognito or SAML, so users authenticate with the organisation identity provider.",
  risk: "Without it, Dashboards access relies on the domain policy or internal users, with no central sign-in, MFA or revocation.",
  remediation: {
    text: "Configure Amazon Cognito authentication or SAML authentication for OpenSearch Dashboards.",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/cognito-auth.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --cognito-options Enabled=true,UserPoolId=<pool>,IdentityPoolId=<identity-pool>,RoleArn=<role-arn>",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  cognito_options {\n    enabled          = true\n    user_pool_id     = "<user-pool-id>"\n    identity_pool_id = "<identity-pool-id>"\n    role_arn         = "<opensearch-cognito-role-arn>"\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      CognitoOptions:\n        Enabled: true\n        UserPoolId: <user-pool-id>\n        IdentityPoolId: <identity-pool-id>\n        RoleArn: <opensearch-cognito-role-arn>',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (x.cognito || x.saml) ctx.pass(resource, `${L} authenticates Dashboards users with ${x.cognito ? "Amazon Cognito" : "SAML"}.`);
      else ctx.fail(resource, `${L} uses neither Cognito nor SAML for Dashboards sign-in.`);
    });
  },
});
