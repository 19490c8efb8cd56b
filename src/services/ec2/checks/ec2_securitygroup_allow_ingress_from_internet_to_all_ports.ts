import { defineCheck } from '../../../core/check.js';
import { sgExposingAllPorts } from '../../../lib/network/exposure.js';
import { securityGroups } from '../collectors.js';
import { runSecurityGroupCheck } from '../shared.js';
import { ipFamilyOf, rulesOfFamily } from '../ip-family.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports',
  title: 'Security groups do not open every port to the internet',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  description:
    'Flags security groups with an inbound rule from 0.0.0.0/0 or ::/0 (or one family only, with the ip_family parameter) that admits all traffic (protocol -1) or the full TCP or UDP port range 0-65535. Default groups are evaluated too.',
  risk:
    'Anything attached to such a group answers on every listening port to the whole internet: databases, admin consoles and debug endpoints become reachable by scanners within minutes.',
  remediation: {
    text: 'Replace the rule with rules for the specific ports the workload serves, and limit their sources to known address ranges or other security groups.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "https_known" {\n  security_group_id = "<sg-id>"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "<known-cidr>"\n}',
    nativeIaC:
      'Resources:\n  AppSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: Only the ports the workload serves, from known networks\n      VpcId: <vpc-id>\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: <known-cidr>',
  },
  // any: 0.0.0.0/0 and ::/0; ipv4 or ipv6: one family only (CIS asks about each in its own requirement).
  params: { ip_family: 'any' },
  uses: [securityGroups],
  run(ctx) {
    const family = ipFamilyOf(ctx.params);
    const what = family === 'any' ? 'all ports' : `all ports (${family === 'ipv4' ? 'IPv4' : 'IPv6'})`;
    runSecurityGroupCheck(ctx, what, (rules) => sgExposingAllPorts(rulesOfFamily(rules, family)));
  },
});
