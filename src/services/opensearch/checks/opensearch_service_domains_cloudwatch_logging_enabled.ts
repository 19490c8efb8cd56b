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
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  log_publishing_options {\n    log_type                 = "SEARCH_SLOW_LOGS"\n    cloudwatch_log_group_arn = "<log-group-arn>"\n  }\n  log_publishing_options {\n    log_type                 = "INDEX_SLOW_LOGS"\n    cloudwatch_log_group_arn = "<log-group-arn>"\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      LogPublishingOptions:\n        SEARCH_SLOW_LOGS:\n          Enabled: true\n          CloudWatchLogsLogGroupArn: <log-group-arn>\n        INDEX_SLOW_LOGS:\n          Enabled: true\n          CloudWatchLogsLogGroupArn: <log-group-arn>',
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
