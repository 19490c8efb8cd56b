import { defineCheck } from '../../../core/check.js';
import type { SgRule } from '../../../lib/network/exposure.js';
import { securityGroups } from '../collectors.js';
import { forEachRegional, sgLabel, sgResource } from '../shared.js';

/** AWS counts one rule per source or destination (CIDR block, prefix list or group) of a permission. */
const ruleCount = (rules: SgRule[]): number => rules.reduce((n, r) => n + Math.max(1, r.ipv4.length + r.ipv6.length + r.prefixLists.length + r.groups.length), 0);

export default defineCheck({
  id: 'ec2_securitygroup_with_many_ingress_egress_rules',
  title: 'Security groups have a manageable number of rules',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['trust-boundaries'],
  description:
    'Counts the inbound and outbound rules of each security group the way AWS quotas do (one rule per CIDR block, prefix list or referenced group) and flags groups with more than max_security_group_rules (50 by default) in total.',
  risk:
    'Groups with dozens of rules are hard to review: stale and overly broad entries hide among them, and changes are made without anyone knowing what the group still needs to allow.',
  remediation: {
    text: 'Split the group by role, replace lists of addresses with managed prefix lists or group references, and remove rules nobody can justify.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups',
    terraform:
      'resource "aws_ec2_managed_prefix_list" "clients" {\n  name           = "clients"\n  address_family = "IPv4"\n  max_entries    = 50\n  entry {\n    cidr = "<client-cidr-1>"\n  }\n  entry {\n    cidr = "<client-cidr-2>"\n  }\n}\n\nresource "aws_vpc_security_group_ingress_rule" "clients" {\n  security_group_id = "<sg-id>"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  prefix_list_id    = aws_ec2_managed_prefix_list.clients.id\n}',
    nativeIaC:
      'Resources:\n  ClientPrefixList:\n    Type: AWS::EC2::PrefixList\n    Properties:\n      PrefixListName: clients\n      AddressFamily: IPv4\n      MaxEntries: 50\n      Entries:\n        - Cidr: <client-cidr-1>\n        - Cidr: <client-cidr-2>\n  ClientIngress:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: <sg-id>\n      IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      SourcePrefixListId: !Ref ClientPrefixList',
  },
  uses: [securityGroups],
  params: { max_security_group_rules: 50 },
  run(ctx) {
    const max = ctx.params.max_security_group_rules;
    forEachRegional(ctx, securityGroups, (region, g) => {
      const inbound = ruleCount(g.ingress);
      const outbound = ruleCount(g.egress);
      const message = `Security group ${sgLabel(g)} has ${inbound + outbound} rules (${inbound} inbound, ${outbound} outbound); the limit is ${max}.`;
      if (inbound + outbound > max) ctx.fail(sgResource(region, g), message);
      else ctx.pass(sgResource(region, g), message);
    });
  },
});
