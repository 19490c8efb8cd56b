import { defineCheck } from '../../../core/check.js';
import { groups } from '../collectors.js';
import { eachGroup } from '../helpers.js';

export default defineCheck({
  id: 'autoscaling_group_multiple_instance_types',
  title: "Auto Scaling groups can launch several instance types",
  service: 'autoscaling',
  severity: 'medium',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  categories: ['resilience'],
  description:
    "Reports whether each Auto Scaling group uses a mixed instances policy with at least two instance types, or attribute-based instance type selection, so it can still launch when one type has no capacity.",
  risk:
    "A group tied to a single instance type cannot scale out or replace instances when EC2 runs out of capacity for that type in its zones (or Spot capacity for it is reclaimed).",
  remediation: {
    text: "Use a mixed instances policy with several suitable instance types, or instance requirements (attribute-based selection).",
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group> --mixed-instances-policy file://mixed.json',
  },
  uses: [groups],
  run(ctx) {
    for (const { group, resource } of eachGroup(ctx)) {
      if (group.attributeBasedTypes) ctx.pass(resource, `Auto Scaling group ${group.name} selects instance types by attributes.`);
      else if (group.instanceTypes.length > 1) ctx.pass(resource, `Auto Scaling group ${group.name} can launch ${group.instanceTypes.length} instance types (${group.instanceTypes.join(', ')}).`);
      else ctx.fail(resource, `Auto Scaling group ${group.name} can launch only one instance type.`);
    }
  },
});
