import { defineCheck } from '../../../core/check.js';
import { domains } from '../collectors.js';
import { eachListed } from '../../rds/listing.js';

export default defineCheck({
  id: 'opensearch_service_domains_audit_logging_enabled',
  title: "OpenSearch domains publish audit logs",
  service: 'opensearch',
  severity: 'high',
  resourceType: 'AwsOpenSearchServiceDomain',
  categories: ["logging", "forensics-ready"],
  description:
    "Passes each domain that publishes audit logs to CloudWatch Logs.",
  risk: "Without audit logs, access to indexed data and security configuration changes leave no trace.",
  remediation: {
    text: "Enable fine-grained access control and publish AUDIT_LOGS to a CloudWatch Logs group.",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html",
    cli: "aws opensearch update-domain-config --domain-name <domain> --log-publishing-options \"AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}\"",
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  domain_name = "<domain-name>"\n  advanced_security_options {\n    enabled = true\n  }\n  log_publishing_options {\n    log_type                 = "AUDIT_LOGS"\n    cloudwatch_log_group_arn = "<log-group-arn>"\n    enabled                  = true\n  }\n}',
    nativeIaC:
      'Resources:\n  Domain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      AdvancedSecurityOptions:\n        Enabled: true\n      LogPublishingOptions:\n        AUDIT_LOGS:\n          Enabled: true\n          CloudWatchLogsLogGroupArn: <log-group-arn>',
  },
  uses: [domains],
  run(ctx) {
    eachListed(ctx, domains, "OpenSearch domains", (x, resource) => {
      const L = `OpenSearch domain ${x.name}`;
      if (Boolean(x.logs.AUDIT_LOGS)) ctx.pass(resource, `${L} publishes audit logs.`);
      else ctx.fail(resource, `${L} does not publish audit logs.`);
    });
  },
});
