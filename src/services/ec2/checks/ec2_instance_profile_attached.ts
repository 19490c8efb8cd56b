import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_profile_attached',
  title: 'EC2 instances have an IAM instance profile attached',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['identity-access'],
  description: 'Checks that every non-terminated instance has an IAM instance profile, so software on it gets AWS access through a role.',
  risk:
    'Instances without a role tend to get long-lived access keys copied onto their disks or into user data, where they leak through snapshots, backups and compromised hosts and are rarely rotated.',
  remediation: {
    text: 'Create a role with only the permissions the workload needs, wrap it in an instance profile, attach it to the instance, and remove any access keys stored on the host.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-name>',
    terraform:
      'resource "aws_iam_role" "workload" {\n  name = "<workload-role>"\n  assume_role_policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]\n  })\n}\n\nresource "aws_iam_instance_profile" "workload" {\n  name = "<workload-profile>"\n  role = aws_iam_role.workload.name\n}\n\nresource "aws_instance" "this" {\n  ami                  = "<ami-id>"\n  instance_type        = "<instance-type>"\n  iam_instance_profile = aws_iam_instance_profile.workload.name\n}',
    nativeIaC:
      'Resources:\n  WorkloadRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { Service: ec2.amazonaws.com }\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore\n  WorkloadProfile:\n    Type: AWS::IAM::InstanceProfile\n    Properties:\n      Roles:\n        - !Ref WorkloadRole\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: <ami-id>\n      InstanceType: <instance-type>\n      IamInstanceProfile: !Ref WorkloadProfile',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      const resource = instanceResource(region, i);
      if (i.iamInstanceProfileArn) ctx.pass(resource, `Instance ${instanceLabel(i)} has instance profile ${i.iamInstanceProfileArn} attached.`);
      else ctx.fail(resource, `Instance ${instanceLabel(i)} has no IAM instance profile attached.`);
    });
  },
});
