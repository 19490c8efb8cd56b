import { defineCheck } from '../../../core/check.js';
import { transitGateways } from '../collectors.js';
import { forEachRegional, simpleResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_transitgateway_auto_accept_vpc_attachments',
  title: 'Transit gateways do not accept shared attachments automatically',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2TransitGateway',
  categories: ['trust-boundaries'],
  description: 'Flags transit gateways with AutoAcceptSharedAttachments enabled, which attach VPCs from other accounts the gateway is shared with without review.',
  risk: 'Any account the gateway is shared with can connect its VPC to the routing domain without approval, bridging networks that should stay apart.',
  remediation: {
    text: 'Turn off automatic acceptance and accept each cross-account attachment explicitly.',
    url: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html',
    cli: 'aws ec2 modify-transit-gateway --transit-gateway-id <tgw-id> --options AutoAcceptSharedAttachments=disable',
    terraform:
      'resource "aws_ec2_transit_gateway" "this" {\n  auto_accept_shared_attachments = "disable"\n}',
    nativeIaC:
      'Resources:\n  TransitGateway:\n    Type: AWS::EC2::TransitGateway\n    Properties:\n      AutoAcceptSharedAttachments: disable',
  },
  uses: [transitGateways],
  run(ctx) {
    forEachRegional(ctx, transitGateways, (region, g) => {
      if (g.autoAcceptSharedAttachments === 'enable') ctx.fail(simpleResource(region, g), `Transit gateway ${g.id} accepts shared VPC attachments automatically.`);
      else ctx.pass(simpleResource(region, g), `Transit gateway ${g.id} requires shared attachments to be accepted.`);
    });
  },
});
