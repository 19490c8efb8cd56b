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
