import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_updated_to_the_latest_service_software_version',
  title: "OpenSearch domains run the latest service software",
  service: 'opensearch',
  severity: 'high',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["vulnerabilities"],
  description:
    "Passes each domain for which no service software update is available.",
  risk: "Service software updates carry security fixes; a pending update leaves known issues open.",
  remediation: {
    text: "Start the service software update (or let the automatic update window apply it).",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html",
    cli: "aws opensearch start-service-software-update --domain-name <domain>",
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (!x.updateAvailable) ctx.pass(resource, `${L} runs the latest service software.`);
      else ctx.fail(resource, `${L} has a service software update available.`);
    });
  },
});
