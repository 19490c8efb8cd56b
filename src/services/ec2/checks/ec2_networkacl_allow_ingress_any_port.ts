import { defineCheck } from '../../../core/check.js';
import { naclExposingAllPorts } from '../../../lib/network/exposure.js';
import { networkAcls } from '../collectors.js';
import { runNetworkAclCheck } from '../shared.js';

export default defineCheck({
  id: 'ec2_networkacl_allow_ingress_any_port',
  title: 'Network ACLs do not admit traffic from the internet on every port',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2NetworkAcl',
  categories: ['internet-exposed'],
  description:
    'Evaluates inbound network ACL entries in rule-number order and flags ACLs where an entry from 0.0.0.0/0 or ::/0 allows all traffic (or TCP/UDP 0-65535) and is not entirely shadowed by earlier internet-wide deny entries.',
  risk:
    'A subnet ACL that admits everything from the internet leaves security groups as the only barrier: one overly broad group rule is then enough to expose a service.',
  remediation: {
    text: 'Replace the allow-all inbound entry with entries for the ports the subnet must serve (plus the ephemeral range for return traffic), restricted to the sources that need them.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
    cli: 'aws ec2 replace-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number <n> --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow',
    terraform:
      'resource "aws_network_acl_rule" "https_in" {\n  network_acl_id = "<nacl-id>"\n  rule_number    = 100\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 443\n  to_port        = 443\n}\n\nresource "aws_network_acl_rule" "ephemeral_in" {\n  network_acl_id = "<nacl-id>"\n  rule_number    = 110\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 1024\n  to_port        = 65535\n}',
    nativeIaC:
      'Resources:\n  AllowHttpsIn:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: <nacl-id>\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      Egress: false\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 443\n        To: 443\n  AllowEphemeralIn:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: <nacl-id>\n      RuleNumber: 110\n      Protocol: 6\n      RuleAction: allow\n      Egress: false\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 1024\n        To: 65535',
  },
  uses: [networkAcls],
  run(ctx) {
    runNetworkAclCheck(ctx, 'traffic on every port', naclExposingAllPorts);
  },
});
