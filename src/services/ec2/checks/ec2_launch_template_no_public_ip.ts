import { defineCheck } from '../../../core/check.js';
import { forEachLaunchTemplate, templateLabel, versionLabel } from '../shared.js';
import { launchTemplates } from '../collectors.js';

export default defineCheck({
  id: 'ec2_launch_template_no_public_ip',
  title: 'Launch templates do not assign public IP addresses',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2LaunchTemplate',
  categories: ['internet-exposed'],
  description: 'Flags launch templates whose default or latest version asks for a public IPv4 address on a network interface (AssociatePublicIpAddress true).',
  risk: 'Every instance launched from the template becomes directly addressable from the internet, so a single permissive security group rule exposes the whole fleet.',
  remediation: {
    text: 'Create a template version without AssociatePublicIpAddress (or set it to false), make it the default, and reach the instances through load balancers or Session Manager.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html',
    terraform:
      'resource "aws_launch_template" "this" {\n  name_prefix = "<name>-"\n  network_interfaces {\n    device_index                = 0\n    associate_public_ip_address = false\n    security_groups             = ["<sg-id>"]\n  }\n}',
    nativeIaC:
      'Resources:\n  LaunchTemplate:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        NetworkInterfaces:\n          - DeviceIndex: 0\n            AssociatePublicIpAddress: false\n            Groups:\n              - <sg-id>',
  },
  uses: [launchTemplates],
  run(ctx) {
    forEachLaunchTemplate(ctx, (_region, t, versions, resource) => {
      const publicOnes = versions.filter((v) => v.networkInterfaces.some((n) => n.associatePublicIpAddress === true));
      if (publicOnes.length) ctx.fail(resource, `Launch template ${templateLabel(t)} assigns a public IP address in ${publicOnes.map((v) => versionLabel(t, v)).join(' and ')}.`);
      else ctx.pass(resource, `Launch template ${templateLabel(t)} does not ask for public IP addresses.`);
    });
  },
});
