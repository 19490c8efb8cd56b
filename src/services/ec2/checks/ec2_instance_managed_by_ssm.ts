import { defineCheck } from '../../../core/check.js';
import { managedInstances } from '../../ssm/collectors.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_managed_by_ssm',
  title: 'Running EC2 instances are managed by Systems Manager',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['node-security'],
  description:
    'Looks up every running instance in the Systems Manager fleet of its region (DescribeInstanceInformation). An instance that is not registered fails, and so does one whose agent has stopped reporting (ping status ConnectionLost or Inactive). Instances that are not running cannot report to Systems Manager and pass with a note, as Prowler does.',
  risk:
    'An instance Systems Manager does not manage gets no Patch Manager patching, no inventory, no State Manager configuration and no audited Session Manager access: it drifts out of the baseline and administrators fall back to SSH keys and open ports.',
  remediation: {
    text: 'Install or update the SSM Agent (preinstalled on most AWS AMIs), attach an instance profile with the AmazonSSMManagedInstanceCore policy (or turn on Default Host Management Configuration), and let the instance reach the Systems Manager endpoints through the internet, a NAT gateway or ssm, ssmmessages and ec2messages VPC endpoints.',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/troubleshooting-managed-nodes.html',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-with-AmazonSSMManagedInstanceCore>',
    nativeIaC:
      'Resources:\n  SsmRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: ec2.amazonaws.com }\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore\n  SsmProfile:\n    Type: AWS::IAM::InstanceProfile\n    Properties:\n      Roles: [!Ref SsmRole]\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: <ami-with-ssm-agent>\n      IamInstanceProfile: !Ref SsmProfile',
    terraform:
      'resource "aws_iam_role_policy_attachment" "ssm" {\n  role       = aws_iam_role.instance.name\n  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"\n}\n\nresource "aws_instance" "app" {\n  # ...\n  iam_instance_profile = aws_iam_instance_profile.instance.name\n}',
  },
  uses: [instances, managedInstances],
  run(ctx) {
    const fleets = new Map(ctx.regional(managedInstances).map(({ region, result }) => [region, result]));
    forEachRegional(ctx, instances, (region, i) => {
      const resource = instanceResource(region, i);
      if (i.state !== 'running') {
        return ctx.pass(resource, `Instance ${instanceLabel(i)} is ${i.state}, so it cannot report to Systems Manager; it is judged when it runs.`);
      }
      const fleet = fleets.get(region);
      if (!fleet?.ok) {
        return fleet && ctx.error(resource, fleet.error, `Could not tell whether instance ${instanceLabel(i)} is managed by Systems Manager: ${fleet.error.operation} failed.`);
      }
      const node = fleet.data.find((n) => n.instanceId === i.id);
      if (!node) return ctx.fail(resource, `Instance ${instanceLabel(i)} is running but is not registered with Systems Manager.`);
      if (node.pingStatus && node.pingStatus !== 'Online') {
        const since = node.lastPingDateTime ? ` (last heard from ${node.lastPingDateTime})` : '';
        return ctx.fail(resource, `Instance ${instanceLabel(i)} is registered with Systems Manager but its agent is ${node.pingStatus}${since}.`);
      }
      ctx.pass(resource, `Instance ${instanceLabel(i)} is managed by Systems Manager${node.agentVersion ? ` (agent ${node.agentVersion})` : ''}.`);
    });
  },
});
