import { defineCheck } from '../../../core/check.js';
import { groups, launchConfigurations } from '../collectors.js';
import { groupsWithLaunchConfiguration } from '../helpers.js';

export default defineCheck({
  id: 'autoscaling_group_launch_configuration_requires_imdsv2',
  title: "Auto Scaling group launch configurations require IMDSv2",
  service: 'autoscaling',
  severity: 'high',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  categories: ['ec2-imdsv1'],
  description:
    "For every Auto Scaling group that launches from a launch configuration, reports whether the configuration requires session tokens for the instance metadata service (IMDSv2) or turns the metadata endpoint off.",
  risk:
    "With IMDSv1 allowed, a server-side request forgery in any application on the instances is enough to read the instance role's temporary credentials from the metadata service.",
  remediation: {
    text: "Launch from a configuration or template with HttpTokens required (and a hop limit of 1 unless containers need 2), then refresh the instances.",
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    cli: 'aws autoscaling create-launch-configuration --launch-configuration-name <name> --image-id <ami> --instance-type <type> --metadata-options HttpTokens=required,HttpEndpoint=enabled',
    terraform:
      'resource "aws_launch_template" "this" {\n  name_prefix = "<name>-"\n  metadata_options {\n    http_tokens                 = "required"\n    http_put_response_hop_limit = 1\n    http_endpoint               = "enabled"\n  }\n}',
    nativeIaC:
      'Resources:\n  LaunchTemplate:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        MetadataOptions:\n          HttpTokens: required\n          HttpPutResponseHopLimit: 1\n          HttpEndpoint: enabled',
  },
  uses: [groups, launchConfigurations],
  run(ctx) {
    for (const { group, lc, resource } of groupsWithLaunchConfiguration(ctx)) {
      if (!lc) continue;
      if (lc.httpEndpoint === 'disabled') ctx.pass(resource, `Launch configuration ${lc.name} of Auto Scaling group ${group.name} disables the instance metadata service.`);
      else if (lc.httpTokens === 'required') ctx.pass(resource, `Launch configuration ${lc.name} of Auto Scaling group ${group.name} requires IMDSv2.`);
      else ctx.fail(resource, `Launch configuration ${lc.name} of Auto Scaling group ${group.name} allows IMDSv1 (HttpTokens ${lc.httpTokens ?? 'optional'}).`);
    }
  },
});
