import { defineCheck } from '../../../core/check.js';
import { groups } from '../collectors.js';
import { eachGroup } from '../helpers.js';

export default defineCheck({
  id: 'autoscaling_group_using_ec2_launch_template',
  title: "Auto Scaling groups use launch templates, not launch configurations",
  service: 'autoscaling',
  severity: 'medium',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  categories: ['trust-boundaries'],
  description:
    "Reports whether each Auto Scaling group launches instances from an EC2 launch template (directly or through a mixed instances policy) rather than from a launch configuration.",
  risk:
    "Launch configurations are deprecated: they cannot use current instance types and features such as IMDSv2 defaults, versioning or mixed instance types, and no longer receive new capabilities.",
  remediation: {
    text: "Create a launch template from the launch configuration and switch the group to it, then delete the launch configuration.",
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group> --launch-template LaunchTemplateName=<template>,Version=\$Latest',
    terraform:
      'resource "aws_autoscaling_group" "this" {\n  name     = "<group-name>"\n  min_size = 2\n  max_size = 4\n  launch_template {\n    id      = "<launch-template-id>"\n    version = "$Latest"\n  }\n}',
    nativeIaC:
      'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: \'2\'\n      MaxSize: \'4\'\n      LaunchTemplate:\n        LaunchTemplateId: <launch-template-id>\n        Version: $Latest',
  },
  uses: [groups],
  run(ctx) {
    for (const { group, resource } of eachGroup(ctx)) {
      if (group.launchTemplate) ctx.pass(resource, `Auto Scaling group ${group.name} uses launch template ${group.launchTemplate}.`);
      else if (group.launchConfigurationName) ctx.fail(resource, `Auto Scaling group ${group.name} uses launch configuration ${group.launchConfigurationName}.`);
      else ctx.fail(resource, `Auto Scaling group ${group.name} uses no launch template.`);
    }
  },
});
