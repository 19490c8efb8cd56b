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
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  software_update_options {\n    auto_software_update_enabled = true\n  }\n  off_peak_window_options {\n    enabled = true\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      SoftwareUpdateOptions:\n        AutoSoftwareUpdateEnabled: true\n      OffPeakWindowOptions:\n        Enabled: true',
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
