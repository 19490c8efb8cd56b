import { defineCheck } from '../../../core/check.js';
import { sgExposingAllPorts } from '../../../lib/network/exposure.js';
import { securityGroups } from '../collectors.js';
import { runSecurityGroupCheck } from '../shared.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports',
  title: 'Security groups do not open every port to the internet',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  description:
    'Flags security groups with an inbound rule from 0.0.0.0/0 or ::/0 that admits all traffic (protocol -1) or the full TCP or UDP port range 0-65535. Default groups are evaluated too.',
  risk:
    'Anything attached to such a group answers on every listening port to the whole internet: databases, admin consoles and debug endpoints become reachable by scanners within minutes.',
  remediation: {
    text: 'Replace the rule with rules for the specific ports the workload serves, and limit their sources to known address ranges or other security groups.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  uses: [securityGroups],
  run(ctx) {
    runSecurityGroupCheck(ctx, 'all ports', sgExposingAllPorts);
  },
});
