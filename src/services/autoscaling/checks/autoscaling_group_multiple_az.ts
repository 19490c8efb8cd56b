import { defineCheck } from '../../../core/check.js';
import { groups } from '../collectors.js';
import { eachGroup } from '../helpers.js';

export default defineCheck({
  id: 'autoscaling_group_multiple_az',
  title: "Auto Scaling groups span several availability zones",
  service: 'autoscaling',
  severity: 'medium',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  categories: ['resilience'],
  description:
    "Reports whether each Auto Scaling group launches instances in more than one availability zone.",
  risk:
    "A group confined to one zone loses all its capacity when that zone is impaired, and cannot rebalance elsewhere.",
  remediation: {
    text: "Add subnets from at least two availability zones to the group.",
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group> --vpc-zone-identifier <subnet-az-a>,<subnet-az-b>',
    terraform:
      'resource "aws_autoscaling_group" "this" {\n  name                = "<group-name>"\n  min_size            = 2\n  max_size            = 4\n  vpc_zone_identifier = ["<subnet-in-az-a>", "<subnet-in-az-b>"]\n}',
    nativeIaC:
      'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: \'2\'\n      MaxSize: \'4\'\n      VPCZoneIdentifier:\n        - <subnet-in-az-a>\n        - <subnet-in-az-b>',
  },
  uses: [groups],
  run(ctx) {
    for (const { group, resource } of eachGroup(ctx)) {
      const azs = group.availabilityZones;
      if (azs.length > 1) ctx.pass(resource, `Auto Scaling group ${group.name} spans ${azs.length} availability zones (${azs.join(', ')}).`);
      else ctx.fail(resource, `Auto Scaling group ${group.name} uses a single availability zone (${azs.join(', ') || 'none'}).`);
    }
  },
});
