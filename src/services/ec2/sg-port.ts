/**
 * The ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_<service>_<ports> checks share one body:
 * a security group in use fails when its inbound rules, taken together, admit one of the service's ports
 * (the family in src/lib/network/ports.ts, the same table the instance checks use) from every public
 * address of IPv4 or IPv6.
 */
import { defineCheck, type Check } from '../../core/check.js';
import { PORT_FAMILIES, describeFamilyPorts, familyRanges, type PortFamilyId } from '../../lib/network/ports.js';
import { sgOpenings } from '../../lib/network/reachability.js';
import { networkInterfaces, securityGroups } from './collectors.js';
import { describeOpenings, forEachSecurityGroupInUse, sgLabel, sgResource, usageNote } from './shared.js';

export interface SgPortCheck {
  id: string;
  family: PortFamilyId;
  risk: string;
}

export function securityGroupPortCheck(o: SgPortCheck): Check<{ scan_unused_services: boolean }> {
  const family = PORT_FAMILIES[o.family];
  const ports = describeFamilyPorts(family);
  const firstTcp = family.tcp[0];
  return defineCheck({
    id: o.id,
    title: `Security groups do not open ${family.name} (${ports}) to the internet`,
    service: 'ec2',
    severity: 'high',
    resourceType: 'AwsEc2SecurityGroup',
    categories: ['internet-exposed'],
    description:
      `Flags security groups whose inbound rules, taken together, admit ${family.name} ports (${ports}) from every public IPv4 or IPv6 address: 0.0.0.0/0, ::/0, ` +
      'all-traffic rules, port ranges that include them, and blocks split over several rules that add up to the whole internet. Groups no network interface uses are skipped unless scan_unused_services is set.',
    risk: o.risk,
    remediation: {
      text: `Replace the internet-wide sources of the rules covering ${ports} with the security groups or address ranges of the clients that need the service.`,
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      cli: `aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port ${firstTcp} --cidr 0.0.0.0/0`,
      terraform: `resource "aws_vpc_security_group_ingress_rule" "${o.family}" {\n  security_group_id            = aws_security_group.db.id\n  ip_protocol                  = "tcp"\n  from_port                    = ${firstTcp}\n  to_port                      = ${firstTcp}\n  referenced_security_group_id = aws_security_group.app.id\n}`,
      nativeIaC: `Resources:\n  ${o.family.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}FromAppTier:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: <db-sg-id>\n      IpProtocol: tcp\n      FromPort: ${firstTcp}\n      ToPort: ${firstTcp}\n      SourceSecurityGroupId: <app-sg-id>\n      Description: ${o.family} from the application tier only`,
    },
    uses: [securityGroups, networkInterfaces],
    params: { scan_unused_services: false },
    run(ctx) {
      const ranges = familyRanges(family);
      forEachSecurityGroupInUse(ctx, ctx.params.scan_unused_services, (region, g, users) => {
        const open = sgOpenings(g.ingress, ranges);
        const resource = sgResource(region, g);
        if (open.length) ctx.fail(resource, `Security group ${sgLabel(g)} opens ${family.name} to the internet: ${describeOpenings(open)}.${usageNote(users)}`);
        else ctx.pass(resource, `Security group ${sgLabel(g)} does not open ${family.name} (${ports}) to the internet.`);
      });
    },
  });
}
