import { defineCheck } from '../../../core/check.js';
import type { CallError } from '../../../core/types.js';
import { distributions, logDeliveries, distributionLogging } from '../collectors.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'cloudfront_distributions_logging_enabled',
  title: 'CloudFront distributions log viewer requests',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  categories: ['logging'],
  description:
    'Reports whether each CloudFront distribution records its requests through standard logging (the legacy S3 setting, or standard logging v2 deliveries to S3, CloudWatch Logs or Firehose) or a real-time log configuration on any cache behavior.',
  risk: 'Without request logs, attacks against the content delivery edge, scraping, abuse of signed URLs and origin errors cannot be investigated or correlated with other evidence.',
  remediation: {
    text: 'Turn on standard logging for the distribution (v2 delivery to S3, CloudWatch Logs or Firehose, or the legacy S3 setting), or attach a real-time log configuration to its cache behaviors.',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html',
    cli: 'aws logs put-delivery-source --region us-east-1 --name <distribution-id>-access --log-type ACCESS_LOGS --resource-arn arn:aws:cloudfront::<account>:distribution/<distribution-id> && aws logs create-delivery --region us-east-1 --delivery-source-name <distribution-id>-access --delivery-destination-arn <destination-arn>',
    terraform:
      'resource "aws_cloudfront_distribution" "example" {\n  # ...\n  logging_config {\n    bucket = "<bucket>.s3.amazonaws.com"\n  }\n}',
    nativeIaC:
      'Resources:\n  Distribution:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        Logging:\n          Bucket: <log-bucket>.s3.amazonaws.com\n          Prefix: cloudfront/\n        DefaultCacheBehavior:\n          TargetOriginId: origin\n          ViewerProtocolPolicy: redirect-to-https\n          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6\n        Origins:\n          - Id: origin\n            DomainName: <origin-domain>\n            S3OriginConfig: {}',
  },
  uses: [distributions, distributionLogging, logDeliveries],
  run(ctx) {
    const region = ctx.homeRegion;
    const list = ctx.global(distributions);
    if (!list.ok) return ctx.error(ctx.accountResource(region), list.error);
    const legacy = ctx.global(distributionLogging);
    const v2 = ctx.global(logDeliveries);
    for (const d of list.data) {
      const resource = { arn: d.arn, id: d.id, name: d.aliases[0] ?? d.domainName, region, details: { domain: d.domainName } };
      const label = `CloudFront distribution ${d.id} (${d.aliases[0] ?? d.domainName})`;
      const unknown: CallError[] = [];

      const cfg = entryFor(legacy, d.id, distributionLogging.operation);
      if (cfg.ok && cfg.data.enabled) {
        ctx.pass(resource, `${label} writes standard logs${cfg.data.bucket ? ` to ${cfg.data.bucket}` : ''}.`);
        continue;
      }
      if (!cfg.ok) unknown.push(cfg.error);

      const deliveries = v2.ok ? v2.data.filter((x) => x.resourceArn === d.arn) : [];
      if (deliveries.length > 0) {
        const to = [...new Set(deliveries.map((x) => x.destinationType).filter(Boolean))].join(', ');
        ctx.pass(resource, `${label} delivers standard logs (v2)${to ? ` to ${to}` : ''}.`);
        continue;
      }
      if (!v2.ok) unknown.push(v2.error);

      const realtime = new Set([...d.realtimeLogConfigArns, ...(cfg.ok ? cfg.data.realtimeLogConfigArns : [])]);
      if (realtime.size > 0) {
        const names = [...realtime].map((a) => a.split('/').pop()).join(', ');
        ctx.pass(resource, `${label} sends real-time logs (${names}).`);
        continue;
      }
      if (unknown.length > 0) {
        const e = unknown[0];
        ctx.error(resource, e, `Could not evaluate ${label}: it has no real-time logs, and ${e.operation} failed (${e.code}), so its standard logging is unknown.`);
      } else {
        ctx.fail(resource, `${label} has no standard logging and no real-time log configuration.`);
      }
    }
  },
});
