import { defineCheck } from '../../../core/check.js';
import { forEachLaunchTemplate, templateLabel, versionLabel } from '../shared.js';
import { launchTemplates } from '../collectors.js';

export default defineCheck({
  id: 'ec2_launch_template_imdsv2_required',
  title: 'Launch templates require IMDSv2',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2LaunchTemplate',
  categories: ['secrets'],
  description:
    'Checks that the default and the latest version of each launch template require IMDSv2 session tokens (HttpTokens required) or disable the metadata service. Versions that leave it unset inherit the AMI or account default and are flagged.',
  risk: 'Instances launched with IMDSv1 hand their role credentials to any server-side request forgery in the workload, and every Auto Scaling launch repeats the weakness.',
  remediation: {
    text: 'Create a new template version with metadata options HttpTokens=required (and a hop limit of 1 or 2), make it the default, and roll Auto Scaling groups onto it.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\'',
    terraform:
      'resource "aws_launch_template" "this" {\n  name_prefix = "<name>-"\n  metadata_options {\n    http_tokens                 = "required"\n    http_put_response_hop_limit = 2\n    http_endpoint               = "enabled"\n  }\n}',
    nativeIaC:
      'Resources:\n  LaunchTemplate:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        MetadataOptions:\n          HttpTokens: required\n          HttpPutResponseHopLimit: 2\n          HttpEndpoint: enabled',
  },
  uses: [launchTemplates],
  run(ctx) {
    forEachLaunchTemplate(ctx, (_region, t, versions, resource) => {
      const weak = versions.filter((v) => v.httpEndpoint !== 'disabled' && v.httpTokens !== 'required');
      if (!versions.length) return ctx.manual(resource, `Launch template ${templateLabel(t)} returned no versions.`);
      if (weak.length) {
        ctx.fail(resource, `Launch template ${templateLabel(t)} does not require IMDSv2 in ${weak.map((v) => `${versionLabel(t, v)}: HttpTokens ${v.httpTokens ?? 'not set'}`).join('; ')}.`);
      } else ctx.pass(resource, `Launch template ${templateLabel(t)} requires IMDSv2 (or disables the metadata service) in ${versions.map((v) => versionLabel(t, v)).join(' and ')}.`);
    });
  },
});
