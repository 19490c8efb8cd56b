import { defineCheck } from '../../../core/check.js';
import { hasPublicPart } from '../../../lib/network/address-set.js';
import { parseCidr } from '../../../lib/network/cidr.js';
import { describePorts } from '../../../lib/network/exposure.js';
import { networkInterfaces, securityGroups } from '../collectors.js';
import { forEachSecurityGroupInUse, sgLabel, sgResource, usageNote } from '../shared.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_wide_open_public_ipv4',
  title: 'Security group rules do not use wide public IPv4 ranges',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  description:
    'Flags security groups in use with an inbound or outbound rule whose IPv4 source or destination is a public block wider than the max_public_ipv4_prefix threshold (by default shorter than /24, that is more than 256 addresses), other than 0.0.0.0/0 itself which the internet-exposure checks cover. Private ranges are not flagged.',
  risk:
    'A wide public block (a /8 of a cloud provider, a whole ISP range) trusts thousands to millions of machines you do not control; it is usually a typo or a shortcut for a narrower partner range and is as exposed as opening to the internet.',
  remediation: {
    text: 'Replace wide public blocks with the exact addresses or narrow ranges of the partner or service, or with a managed prefix list maintained for it.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions <permission-with-the-wide-block>',
    terraform:
      'resource "aws_ec2_managed_prefix_list" "partner" {\n  name           = "partner-addresses"\n  address_family = "IPv4"\n  max_entries    = 10\n  entry {\n    cidr = "<partner-ip>/32"\n  }\n}\n\nresource "aws_vpc_security_group_ingress_rule" "partner" {\n  security_group_id = "<sg-id>"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  prefix_list_id    = aws_ec2_managed_prefix_list.partner.id\n}',
    nativeIaC:
      'Resources:\n  PartnerPrefixList:\n    Type: AWS::EC2::PrefixList\n    Properties:\n      PrefixListName: partner-addresses\n      AddressFamily: IPv4\n      MaxEntries: 10\n      Entries:\n        - Cidr: <partner-ip>/32\n  PartnerIngress:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: <sg-id>\n      IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      SourcePrefixListId: !Ref PartnerPrefixList',
  },
  uses: [securityGroups, networkInterfaces],
  params: { max_public_ipv4_prefix: 24, scan_unused_services: false },
  run(ctx) {
    const limit = ctx.params.max_public_ipv4_prefix;
    forEachSecurityGroupInUse(ctx, ctx.params.scan_unused_services, (region, g, users) => {
      const found: string[] = [];
      for (const [direction, rules] of [['inbound', g.ingress], ['outbound', g.egress]] as const) {
        for (const r of rules) {
          for (const c of r.ipv4) {
            const b = parseCidr(c);
            if (b && b.prefix > 0 && b.prefix < limit && hasPublicPart(c)) found.push(`${direction} ${describePorts(r)} ${direction === 'inbound' ? 'from' : 'to'} ${c}`);
          }
        }
      }
      const resource = sgResource(region, g);
      if (found.length) ctx.fail(resource, `Security group ${sgLabel(g)} has rules with wide public IPv4 ranges: ${found.join('; ')}.${usageNote(users)}`);
      else ctx.pass(resource, `Security group ${sgLabel(g)} has no rule with a public IPv4 range wider than /${limit}.`);
    });
  },
});
