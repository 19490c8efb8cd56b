import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource, isConfidentialHost, publicAddresses } from '../shared.js';

export default defineCheck({
  id: 'ec2_confidential_workload_host_public_ip',
  title: 'Confidential computing hosts have no public IP address',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['internet-exposed'],
  description: 'For instances with AMD SEV-SNP enabled or Nitro Enclaves enabled, flags those with a public IPv4 address on any network interface.',
  risk: 'Confidential hosts process the most sensitive data; a public address puts them one permissive security group rule away from the internet, outside the protection memory encryption gives.',
  remediation: {
    text: 'Run confidential hosts in private subnets and reach them through private load balancers, PrivateLink or Session Manager; release or disassociate their public addresses.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
    cli: 'aws ec2 disassociate-address --association-id <association-id>',
    terraform:
      'resource "aws_instance" "confidential" {\n  ami                         = "<ami-id>"\n  instance_type               = "<instance-type>"\n  subnet_id                   = "<private-subnet-id>"\n  associate_public_ip_address = false\n}',
    nativeIaC:
      'Resources:\n  ConfidentialTemplate:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        NetworkInterfaces:\n          - DeviceIndex: 0\n            SubnetId: <private-subnet-id>\n            AssociatePublicIpAddress: false',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      if (!isConfidentialHost(i)) return;
      const ips = publicAddresses(i);
      if (ips.length) ctx.fail(instanceResource(region, i), `Confidential computing host ${instanceLabel(i)} has public IP address ${ips.join(', ')}.`);
      else ctx.pass(instanceResource(region, i), `Confidential computing host ${instanceLabel(i)} has no public IP address.`);
    });
  },
});
