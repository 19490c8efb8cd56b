import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, imdsVerdict, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_imdsv2_enabled',
  title: 'EC2 instances require IMDSv2 for instance metadata',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  categories: ['identity-access', 'secrets', 'ec2-imdsv1'],
  description:
    'Checks the metadata options of every non-terminated instance: it passes when HttpTokens is required (IMDSv2 only) or when the metadata endpoint is disabled.',
  risk:
    'IMDSv1 answers plain GET requests, so a server-side request forgery or open proxy on the instance can read the role credentials from the metadata service and use them from anywhere.',
  remediation: {
    text: 'Require session tokens on the instance (check first that its software uses an SDK or agent version that supports IMDSv2), and set IMDSv2 as the default in launch templates and AMIs.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
    terraform:
      'resource "aws_instance" "this" {\n  ami           = "<ami-id>"\n  instance_type = "<instance-type>"\n  metadata_options {\n    http_tokens                 = "required"\n    http_put_response_hop_limit = 2\n    http_endpoint               = "enabled"\n  }\n}',
    nativeIaC:
      'Resources:\n  Imdsv2Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        MetadataOptions:\n          HttpTokens: required\n          HttpPutResponseHopLimit: 2\n          HttpEndpoint: enabled\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: <ami-id>\n      InstanceType: <instance-type>\n      LaunchTemplate:\n        LaunchTemplateId: !Ref Imdsv2Template\n        Version: !GetAtt Imdsv2Template.LatestVersionNumber',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      const { enforced, reason } = imdsVerdict(i);
      const message = `Instance ${instanceLabel(i)} ${reason}.`;
      if (enforced) ctx.pass(instanceResource(region, i), message);
      else ctx.fail(instanceResource(region, i), message);
    });
  },
});
