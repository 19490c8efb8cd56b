import { defineCheck } from '../../../core/check.js';
import { sgExposingPort } from '../../../lib/network/exposure.js';
import { securityGroups } from '../collectors.js';
import { runSecurityGroupCheck } from '../shared.js';
import { ipFamilyOf, rulesOfFamily } from '../ip-family.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389',
  title: 'Security groups do not open TCP port 3389 (RDP) to the internet',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  description:
    'Flags security groups with an inbound rule from 0.0.0.0/0 or ::/0 (or one family only, with the ip_family parameter) whose protocol and port range include TCP port 3389, including rules that allow all traffic.',
  risk:
    'Remote Desktop reachable from anywhere invites brute-force and credential-stuffing attempts and exploitation of any unpatched vulnerability in the RDP service.',
  remediation: {
    text: 'Remove the internet-wide rule for port 3389. Use AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint instead, or restrict the source to known administration addresses.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 3389 --cidr 0.0.0.0/0',
    terraform:
      '# better: no RDP rule at all, and Fleet Manager / Session Manager for administration\nresource "aws_vpc_security_group_ingress_rule" "rdp_admin" {\n  security_group_id = "<sg-id>"\n  ip_protocol       = "tcp"\n  from_port         = 3389\n  to_port           = 3389\n  cidr_ipv4         = "<admin-network-cidr>"\n}',
    nativeIaC:
      'Resources:\n  RdpFromAdminNetwork:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: <sg-id>\n      IpProtocol: tcp\n      FromPort: 3389\n      ToPort: 3389\n      CidrIp: <admin-network-cidr>',
  },
  // any: 0.0.0.0/0 and ::/0; ipv4 or ipv6: one family only (CIS asks about each in its own requirement).
  params: { ip_family: 'any' },
  uses: [securityGroups],
  run(ctx) {
    const family = ipFamilyOf(ctx.params);
    const what = family === 'any' ? 'TCP port 3389' : `TCP port 3389 (${family === 'ipv4' ? 'IPv4' : 'IPv6'})`;
    runSecurityGroupCheck(ctx, what, (rules) => sgExposingPort(rulesOfFamily(rules, family), { protocol: 'tcp', port: 3389 }));
  },
});
