import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_cloudwatch_logging_enabled',
  title: "OpenSearch domains publish search and indexing slow logs",
  service: 'opensearch',
  severity: 'low',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["logging"],
  description:
    "Passes each domain that publishes both its search slow logs and its index slow logs to CloudWatch Logs, naming the missing one otherwise.",
  risk: "Without slow logs, abusive queries and indexing problems cannot be diagnosed.",
  remediation: {
    text: "Publish SEARCH_SLOW_LOGS and INDEX_SLOW_LOGS to CloudWatch Logs.",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --log-publishing-options \"SEARCH_SLOW_LOGS={CloudWatchLogsLogGroupArn=<arn>,Enabled=true},INDEX_SLOW_LOGS={CloudWatchLogsLogGroupArn=<arn>,Enabled=true}\"",
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (Boolean(x.logs.SEARCH_SLOW_LOGS && x.logs.INDEX_SLOW_LOGS)) ctx.pass(resource, `${L} publishes search and index slow logs.`);
      else ctx.fail(resource, `${L} does not publish ${["SEARCH_SLOW_LOGS", "INDEX_SLOW_LOGS"].filter((t) => !x.logs[t]).join(" and ")}.`);
    });
  },
});
