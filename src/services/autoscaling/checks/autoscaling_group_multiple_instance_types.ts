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
    terraform:
      'resource "aws_autoscaling_group" "this" {\n  name     = "<group-name>"\n  min_size = 2\n  max_size = 4\n  mixed_instances_policy {\n    launch_template {\n      launch_template_specification {\n        launch_template_id = "<launch-template-id>"\n        version            = "$Latest"\n      }\n      override {\n        instance_type = "m6i.large"\n      }\n      override {\n        instance_type = "m5.large"\n      }\n      override {\n        instance_type = "m6a.large"\n      }\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: \'2\'\n      MaxSize: \'4\'\n      MixedInstancesPolicy:\n        LaunchTemplate:\n          LaunchTemplateSpecification:\n            LaunchTemplateId: <launch-template-id>\n            Version: $Latest\n          Overrides:\n            - InstanceType: m6i.large\n            - InstanceType: m5.large\n            - InstanceType: m6a.large',
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
