import { defineCheck } from '../../../core/check.js';
import { naclExposingPort } from '../../../lib/network/exposure.js';
import { networkAcls } from '../collectors.js';
import { runNetworkAclCheck } from '../shared.js';

export default defineCheck({
  id: 'ec2_networkacl_allow_ingress_tcp_port_22',
  title: 'Network ACLs do not admit TCP port 22 (SSH) from the internet',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2NetworkAcl',
  categories: ['internet-exposed'],
  description:
    'Evaluates inbound network ACL entries in rule-number order, as AWS does, and flags ACLs where the first entry from 0.0.0.0/0 or ::/0 that matches TCP port 22 is an allow.',
  risk:
    'With SSH open at the subnet boundary, a single permissive security group rule is enough to put remote administration of the hosts within reach of internet-wide brute-force attempts.',
  remediation: {
    text: 'Add an inbound deny entry for TCP port 22 from 0.0.0.0/0 and ::/0 numbered before the allow entry, or narrow the allow entry to administration address ranges.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    terraform:
      'resource "aws_network_acl_rule" "deny_ssh_ipv4" {\n  network_acl_id = "<nacl-id>"\n  rule_number    = 10\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 22\n  to_port        = 22\n}\n\nresource "aws_network_acl_rule" "deny_ssh_ipv6" {\n  network_acl_id  = "<nacl-id>"\n  rule_number     = 11\n  egress          = false\n  protocol        = "tcp"\n  rule_action     = "deny"\n  ipv6_cidr_block = "::/0"\n  from_port       = 22\n  to_port         = 22\n}',
    nativeIaC:
      'Resources:\n  DenySshIpv4:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: <nacl-id>\n      RuleNumber: 10\n      Protocol: 6\n      RuleAction: deny\n      Egress: false\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 22\n        To: 22\n  DenySshIpv6:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: <nacl-id>\n      RuleNumber: 11\n      Protocol: 6\n      RuleAction: deny\n      Egress: false\n      Ipv6CidrBlock: ::/0\n      PortRange:\n        From: 22\n        To: 22',
  },
  uses: [networkAcls],
  run(ctx) {
    runNetworkAclCheck(ctx, 'TCP port 22', (entries) => naclExposingPort(entries, { protocol: 'tcp', port: 22 }));
  },
});
