import { defineCheck } from '../../../core/check.js';
import { groups } from '../collectors.js';
import { eachGroup } from '../helpers.js';

export default defineCheck({
  id: 'autoscaling_group_capacity_rebalance_enabled',
  title: "Auto Scaling groups have Capacity Rebalancing enabled",
  service: 'autoscaling',
  severity: 'medium',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  categories: ['resilience'],
  description:
    "Reports whether each Auto Scaling group has Capacity Rebalancing turned on, so it launches a replacement as soon as EC2 signals that a Spot Instance is at elevated risk of interruption.",
  risk:
    "Without it, Spot Instances are replaced only after they are interrupted, with two minutes' notice: capacity drops while the replacements boot.",
  remediation: {
    text: "Enable Capacity Rebalancing on groups that run Spot Instances.",
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-capacity-rebalancing.html',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group> --capacity-rebalance',
    terraform:
      'resource "aws_autoscaling_group" "this" {\n  name               = "<group-name>"\n  min_size           = 1\n  max_size           = 4\n  capacity_rebalance = true\n}',
    nativeIaC:
      'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: \'1\'\n      MaxSize: \'4\'\n      CapacityRebalance: true',
  },
  uses: [groups],
  run(ctx) {
    for (const { group, resource } of eachGroup(ctx)) {
      if (group.capacityRebalance) ctx.pass(resource, `Auto Scaling group ${group.name} has Capacity Rebalancing enabled.`);
      else ctx.fail(resource, `Auto Scaling group ${group.name} does not have Capacity Rebalancing enabled.`);
    }
  },
});
