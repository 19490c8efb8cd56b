import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource, publicAddresses } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_public_ip',
  title: 'EC2 instances have no public IP address',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['internet-exposed'],
  description: 'Flags instances with a public IPv4 address (auto-assigned or an Elastic IP) on any of their network interfaces.',
  risk:
    'A public address makes the instance directly addressable from the internet: one permissive security group rule or network ACL change is then all it takes to expose its services.',
  remediation: {
    text: 'Run instances in private subnets and publish services through load balancers, API Gateway or CloudFront; reach instances for administration with Session Manager. Disable auto-assigned public addresses on subnets and launch templates.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    terraform:
      'resource "aws_instance" "this" {\n  ami                         = "<ami-id>"\n  instance_type               = "<instance-type>"\n  subnet_id                   = "<private-subnet-id>"\n  associate_public_ip_address = false\n}',
    nativeIaC:
      'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: <ami-id>\n      InstanceType: <instance-type>\n      NetworkInterfaces:\n        - DeviceIndex: \'0\'\n          SubnetId: <private-subnet-id>\n          AssociatePublicIpAddress: false',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      const ips = publicAddresses(i);
      if (ips.length) ctx.fail(instanceResource(region, i), `Instance ${instanceLabel(i)} has public IP address ${ips.join(', ')}.`);
      else ctx.pass(instanceResource(region, i), `Instance ${instanceLabel(i)} has no public IP address.`);
    });
  },
});
