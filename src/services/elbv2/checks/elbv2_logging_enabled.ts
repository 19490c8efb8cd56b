import { defineCheck } from '../../../core/check.js';
import { loadBalancerAttributes, loadBalancers } from '../collectors.js';
import { listedWith } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'elbv2_logging_enabled',
  title: 'Application and Network Load Balancers write access logs',
  service: 'elbv2',
  severity: 'medium',
  resourceType: 'AwsElbv2LoadBalancer',
  categories: ['logging'],
  description:
    'Reads the access_logs.s3.enabled attribute of every Application and Network Load Balancer. Gateway Load Balancers have no access logs and are not evaluated.',
  risk: 'Without access logs there is no record of the clients, paths and responses a load balancer handled, which leaves attacks, abuse and outages without evidence to investigate.',
  remediation: {
    text: 'Turn on access logging to an S3 bucket whose policy lets the Elastic Load Balancing log delivery write to it.',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
    terraform: 'resource "aws_lb" "example" {\n  # ...\n  access_logs {\n    bucket  = "<bucket>"\n    enabled = true\n  }\n}',
    nativeIaC:
      'Resources:\n  LoadBalancer:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets:\n        - <subnet-a>\n        - <subnet-b>\n      LoadBalancerAttributes:\n        - Key: access_logs.s3.enabled\n          Value: \'true\'\n        - Key: access_logs.s3.bucket\n          Value: <log-bucket>\n        - Key: access_logs.s3.prefix\n          Value: <prefix>',
  },
  uses: [loadBalancers, loadBalancerAttributes],
  run(ctx) {
    for (const { region, item: lb, entry: attrs } of listedWith(ctx, loadBalancers, loadBalancerAttributes, 'load balancers')) {
      if (lb.type === 'gateway') continue;
      const resource = { arn: lb.arn, id: lb.name, name: lb.name, region, details: { type: lb.type, scheme: lb.scheme } };
      const label = `${lb.type === 'network' ? 'Network' : 'Application'} Load Balancer ${lb.name}`;
      if (!attrs.ok) {
        ctx.error(resource, attrs.error, `Could not evaluate ${label}: its attributes could not be read (${attrs.error.operation}, ${attrs.error.code}).`);
      } else if (attrs.data['access_logs.s3.enabled'] === 'true') {
        const bucket = attrs.data['access_logs.s3.bucket'];
        ctx.pass(resource, `${label} writes access logs${bucket ? ` to S3 bucket ${bucket}` : ''}.`);
      } else {
        ctx.fail(resource, `${label} does not write access logs.`);
      }
    }
  },
});
