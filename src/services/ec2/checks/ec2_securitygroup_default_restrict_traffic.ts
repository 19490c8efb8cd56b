import { defineCheck } from '../../../core/check.js';
import { securityGroups } from '../collectors.js';
import { forEachRegional, sgResource } from '../shared.js';

const rules = (n: number, way: string) => `${n} ${way} rule${n === 1 ? '' : 's'}`;

export default defineCheck({
  id: 'ec2_securitygroup_default_restrict_traffic',
  title: 'Default security groups allow no inbound or outbound traffic',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['trust-boundaries', 'internet-exposed'],
  description:
    "Checks that every VPC's default security group has no inbound and no outbound rules, so that resources launched without an explicit group get no network access.",
  risk:
    'Resources fall into the default group whenever nobody picks a group. Its stock rules let every member talk to every other member and reach anywhere outbound, silently widening the blast radius of a compromise.',
  remediation: {
    text: 'Move resources to purpose-built security groups, then delete all inbound and outbound rules of each default security group (the group itself cannot be deleted).',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    cli: 'aws ec2 revoke-security-group-egress --group-id <default-sg-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform:
      '# with no ingress or egress blocks, Terraform removes every rule of the default group\nresource "aws_default_security_group" "default" {\n  vpc_id = "<vpc-id>"\n}',
  },
  uses: [securityGroups],
  run(ctx) {
    forEachRegional(ctx, securityGroups, (region, g) => {
      if (g.name !== 'default') return;
      const of = g.vpcId ? ` of ${g.vpcId}` : '';
      const resource = sgResource(region, g);
      if (!g.ingress.length && !g.egress.length) return ctx.pass(resource, `Default security group ${g.id}${of} has no inbound or outbound rules.`);
      ctx.fail(resource, `Default security group ${g.id}${of} has ${rules(g.ingress.length, 'inbound')} and ${rules(g.egress.length, 'outbound')}; it should have none.`);
    });
  },
});
