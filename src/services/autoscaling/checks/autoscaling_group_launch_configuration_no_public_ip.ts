import { defineCheck } from '../../../core/check.js';
import { groups, launchConfigurations } from '../collectors.js';
import { groupsWithLaunchConfiguration } from '../helpers.js';

export default defineCheck({
  id: 'autoscaling_group_launch_configuration_no_public_ip',
  title: "Auto Scaling group launch configurations do not assign public IP addresses",
  service: 'autoscaling',
  severity: 'high',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  categories: ['internet-exposed'],
  description:
    "For every Auto Scaling group that launches from a launch configuration, reports whether the configuration gives instances a public IP address.",
  risk:
    "Instances with public IP addresses are reachable from the internet wherever their security groups allow it; one permissive rule exposes the whole fleet.",
  remediation: {
    text: "Create a launch template (or launch configuration) with AssociatePublicIpAddress false, launch into private subnets behind a load balancer, and switch the group to it.",
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-templates.html',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group> --launch-template LaunchTemplateName=<private-template>',
    terraform:
      'resource "aws_launch_template" "this" {\n  name_prefix = "<name>-"\n  network_interfaces {\n    device_index                = 0\n    associate_public_ip_address = false\n    security_groups             = ["<sg-id>"]\n  }\n}',
    nativeIaC:
      'Resources:\n  LaunchTemplate:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        NetworkInterfaces:\n          - DeviceIndex: 0\n            AssociatePublicIpAddress: false\n            Groups:\n              - <sg-id>\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: \'2\'\n      MaxSize: \'4\'\n      VPCZoneIdentifier:\n        - <private-subnet-a>\n        - <private-subnet-b>\n      LaunchTemplate:\n        LaunchTemplateId: !Ref LaunchTemplate\n        Version: !GetAtt LaunchTemplate.LatestVersionNumber',
  },
  uses: [groups, launchConfigurations],
  run(ctx) {
    for (const { group, lc, resource } of groupsWithLaunchConfiguration(ctx)) {
      if (!lc) continue;
      if (lc.associatePublicIp) ctx.fail(resource, `Auto Scaling group ${group.name} launches instances with public IP addresses (launch configuration ${lc.name}).`);
      else ctx.pass(resource, `Launch configuration ${lc.name} of Auto Scaling group ${group.name} does not assign public IP addresses.`);
    }
  },
});
