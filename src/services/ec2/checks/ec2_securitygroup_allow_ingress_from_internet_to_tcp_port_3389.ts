import { defineCheck } from '../../../core/check.js';
import { sgExposingPort } from '../../../lib/network/exposure.js';
import { securityGroups } from '../collectors.js';
import { runSecurityGroupCheck } from '../shared.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389',
  title: 'Security groups do not open TCP port 3389 (RDP) to the internet',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  description:
    'Flags security groups with an inbound rule from 0.0.0.0/0 or ::/0 whose protocol and port range include TCP port 3389, including rules that allow all traffic.',
  risk:
    'Remote Desktop reachable from anywhere invites brute-force and credential-stuffing attempts and exploitation of any unpatched vulnerability in the RDP service.',
  remediation: {
    text: 'Remove the internet-wide rule for port 3389. Use AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint instead, or restrict the source to known administration addresses.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 3389 --cidr 0.0.0.0/0',
  },
  uses: [securityGroups],
  run(ctx) {
    runSecurityGroupCheck(ctx, 'TCP port 3389', (rules) => sgExposingPort(rules, { protocol: 'tcp', port: 3389 }));
  },
});
