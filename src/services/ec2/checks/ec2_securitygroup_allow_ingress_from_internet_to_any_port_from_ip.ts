import { defineCheck } from '../../../core/check.js';
import { hasPublicPart } from '../../../lib/network/address-set.js';
import { isInternetCidr } from '../../../lib/network/cidr.js';
import { coversAllPorts, describePorts } from '../../../lib/network/exposure.js';
import { networkInterfaces, securityGroups } from '../collectors.js';
import { forEachSecurityGroupInUse, sgLabel, sgResource, usageNote } from '../shared.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_any_port_from_ip',
  title: 'Security groups do not open every port to specific public addresses',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  description:
    'Flags security groups in use with an inbound rule that admits all traffic, or every TCP or UDP port, from a public address or block narrower than the whole internet (an office, partner or home address). Rules from 0.0.0.0/0 or ::/0 are the business of ec2_securitygroup_allow_ingress_from_internet_to_all_ports; private ranges and group references are not flagged.',
  risk:
    'Granting every port to an outside address trusts whatever is behind it completely: if that network is compromised, re-assigned (dynamic home or cloud addresses) or shared, every service on the instances is exposed, not just the one the rule was meant for.',
  remediation: {
    text: 'Limit rules from outside addresses to the ports the service needs, and prefer VPN, AWS Client VPN or Session Manager for administrative access.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol -1 --cidr <public-cidr>',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "partner" {\n  security_group_id = "<sg-id>"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "<partner-ip>/32"\n  description       = "partner service, one port only"\n}',
    nativeIaC:
      'Resources:\n  PartnerIngress:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: <sg-id>\n      IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      CidrIp: <partner-ip>/32\n      Description: partner service, one port only',
  },
  uses: [securityGroups, networkInterfaces],
  params: { scan_unused_services: false },
  run(ctx) {
    forEachSecurityGroupInUse(ctx, ctx.params.scan_unused_services, (region, g, users) => {
      const found: string[] = [];
      for (const r of g.ingress) {
        if (!coversAllPorts(r)) continue;
        const sources = [...r.ipv4, ...r.ipv6].filter((c) => !isInternetCidr(c) && hasPublicPart(c));
        if (sources.length) found.push(`${describePorts(r)} from ${sources.join(', ')}`);
      }
      const resource = sgResource(region, g);
      if (found.length) ctx.fail(resource, `Security group ${sgLabel(g)} opens every port to public addresses: ${found.join('; ')}.${usageNote(users)}`);
      else ctx.pass(resource, `Security group ${sgLabel(g)} opens every port to no specific public address.`);
    });
  },
});
