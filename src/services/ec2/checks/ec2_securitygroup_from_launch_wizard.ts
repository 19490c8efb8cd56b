import { defineCheck } from '../../../core/check.js';
import { securityGroups } from '../collectors.js';
import { forEachRegional, sgLabel, sgResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_securitygroup_from_launch_wizard',
  title: 'Security groups created by the EC2 launch wizard are not kept',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2SecurityGroup',
  categories: [],
  description:
    'Flags security groups named launch-wizard-N, which the console creates when an instance is launched without choosing a group; they typically open SSH or RDP to 0.0.0.0/0.',
  risk:
    'Launch wizard groups are created in a hurry with permissive defaults and then reused for other instances, spreading internet-open administration ports nobody reviewed.',
  remediation: {
    text: 'Create purpose-named security groups with reviewed rules, move the instances to them, and delete the launch-wizard groups.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html',
    cli: 'aws ec2 delete-security-group --group-id <sg-id>',
    terraform:
      'resource "aws_security_group" "web_servers" {\n  name        = "web-servers"\n  description = "Web servers, reviewed rules"\n  vpc_id      = "<vpc-id>"\n}\n\nresource "aws_vpc_security_group_ingress_rule" "web_from_lb" {\n  security_group_id            = aws_security_group.web_servers.id\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n  referenced_security_group_id = "<load-balancer-sg-id>"\n}',
    nativeIaC:
      'Resources:\n  WebServers:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupName: web-servers\n      GroupDescription: Web servers, reviewed rules\n      VpcId: <vpc-id>\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          SourceSecurityGroupId: <load-balancer-sg-id>',
  },
  uses: [securityGroups],
  run(ctx) {
    forEachRegional(ctx, securityGroups, (region, g) => {
      if (/^launch-wizard/i.test(g.name)) ctx.fail(sgResource(region, g), `Security group ${sgLabel(g)} was created by the EC2 launch wizard.`);
      else ctx.pass(sgResource(region, g), `Security group ${sgLabel(g)} was not created by the EC2 launch wizard.`);
    });
  },
});
