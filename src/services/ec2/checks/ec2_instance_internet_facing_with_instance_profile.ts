import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource, publicAddresses } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_internet_facing_with_instance_profile',
  title: 'Internet-facing EC2 instances carry no IAM instance profile',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  categories: ['internet-exposed', 'identity-access'],
  description: 'Flags instances that have a public IPv4 address and an IAM instance profile: their role credentials are one compromise away from the internet.',
  risk:
    'An attacker who compromises an internet-facing instance (or tricks it into a server-side request) obtains the credentials of its role and acts in the account with them.',
  remediation: {
    text: 'Keep instances that need AWS permissions in private subnets behind a load balancer, or reduce their role to the minimum and require IMDSv2.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
    cli: 'aws ec2 disassociate-iam-instance-profile --association-id <association-id>',
    terraform:
      'resource "aws_instance" "this" {\n  ami                         = "<ami-id>"\n  instance_type               = "<instance-type>"\n  subnet_id                   = "<private-subnet-id>"\n  associate_public_ip_address = false\n  iam_instance_profile        = "<least-privilege-profile>"\n}',
    nativeIaC:
      'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: <ami-id>\n      InstanceType: <instance-type>\n      IamInstanceProfile: <least-privilege-profile>\n      NetworkInterfaces:\n        - DeviceIndex: \'0\'\n          SubnetId: <private-subnet-id>\n          AssociatePublicIpAddress: false',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      const ips = publicAddresses(i);
      const resource = instanceResource(region, i);
      if (!ips.length) return ctx.pass(resource, `Instance ${instanceLabel(i)} has no public IP address.`);
      if (!i.iamInstanceProfileArn) return ctx.pass(resource, `Instance ${instanceLabel(i)} has public IP address ${ips.join(', ')} but no instance profile.`);
      ctx.fail(resource, `Instance ${instanceLabel(i)} has public IP address ${ips.join(', ')} and instance profile ${i.iamInstanceProfileArn}.`);
    });
  },
});
