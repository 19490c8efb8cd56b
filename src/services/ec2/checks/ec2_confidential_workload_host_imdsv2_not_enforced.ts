import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, imdsVerdict, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_confidential_workload_host_imdsv2_not_enforced',
  title: 'Confidential computing (AMD SEV-SNP) instances require IMDSv2',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  categories: ['identity-access', 'ec2-imdsv1'],
  description:
    'For instances launched with AMD SEV-SNP enabled (CpuOptions.AmdSevSnp), checks that the metadata service requires IMDSv2 session tokens or is disabled.',
  risk:
    'SEV-SNP protects guest memory from the host, but not the role credentials served by IMDSv1: a request-forgery bug in the workload still hands them to an attacker, undoing the isolation the instance was chosen for.',
  remediation: {
    text: 'Require IMDSv2 on confidential computing instances and in the launch templates that create them.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sev-snp.html',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required',
    terraform:
      'resource "aws_instance" "confidential" {\n  ami           = "<ami-id>"\n  instance_type = "<instance-type>"\n  metadata_options {\n    http_tokens                 = "required"\n    http_put_response_hop_limit = 1\n    http_endpoint               = "enabled"\n  }\n}',
    nativeIaC:
      'Resources:\n  ConfidentialTemplate:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        MetadataOptions:\n          HttpTokens: required\n          HttpPutResponseHopLimit: 1\n          HttpEndpoint: enabled',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      if (i.amdSevSnp !== 'enabled') return;
      const { enforced, reason } = imdsVerdict(i);
      const message = `Confidential computing instance ${instanceLabel(i)} ${reason}.`;
      if (enforced) ctx.pass(instanceResource(region, i), message);
      else ctx.fail(instanceResource(region, i), message);
    });
  },
});
