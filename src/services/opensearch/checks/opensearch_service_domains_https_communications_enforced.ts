import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_https_communications_enforced',
  title: "OpenSearch domains require HTTPS",
  service: 'opensearch',
  severity: 'high',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["encryption"],
  description:
    "Passes each domain that refuses plain HTTP requests (EnforceHTTPS).",
  risk: "Plain HTTP exposes queries, documents and credentials to anyone on the network path.",
  remediation: {
    text: "Enforce HTTPS with a modern TLS security policy.",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createupdatedomains.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-2019-07",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n        TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (x.enforceHttps) ctx.pass(resource, `${L} requires HTTPS.`);
      else ctx.fail(resource, `${L} accepts plain HTTP.`);
    });
  },
});
