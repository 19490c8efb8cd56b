/**
 * The ec2_instance_port_<family>_exposed_to_internet checks share one body: an instance fails when the
 * internet actually reaches one of the family's ports on it, judged by src/lib/network/reachability.ts
 * from its security groups, the network ACL and route table of its subnet, and its public addresses.
 * An instance whose security group admits the port from anywhere but which the internet cannot reach
 * (no public address, no route to an internet gateway, a network ACL deny) passes, and the message says
 * which group is open and what blocks it: that group is still reported by the security group checks.
 */
import { defineCheck, type Check } from '../../core/check.js';
import { PORT_FAMILIES, describeFamilyPorts, familyRanges, type PortFamilyId } from '../../lib/network/ports.js';
import { routeTables } from '../vpc/collectors.js';
import { instances, networkAcls, securityGroups } from './collectors.js';
import { describeBlocked, describeReachable, forEachRegional, instanceLabel, instanceReach, instanceResource, regionNetworks } from './shared.js';

export interface InstancePortCheck {
  id: string;
  family: PortFamilyId;
  /** Why this service must not face the internet. */
  risk: string;
  /** What to use instead, appended to the remediation text. */
  instead: string;
}

export function instancePortCheck(o: InstancePortCheck): Check {
  const family = PORT_FAMILIES[o.family];
  const ports = describeFamilyPorts(family);
  const firstTcp = family.tcp[0];
  return defineCheck({
    id: o.id,
    title: `EC2 instances do not answer ${family.name} (${ports}) from the internet`,
    service: 'ec2',
    severity: 'critical',
    resourceType: 'AwsEc2Instance',
    categories: ['internet-exposed'],
    description:
      `Flags instances that the internet can reach on ${family.name} ports (${ports}): a security group of one of their network interfaces admits the port from every public address ` +
      '(0.0.0.0/0, ::/0, or rules adding up to it), the interface has a public IPv4 address or a global IPv6 address, its subnet routes the internet to an internet gateway, ' +
      'and the network ACL of the subnet lets the traffic in and the replies out. Instances whose groups are open but that the internet cannot reach pass, naming the open group and what blocks it.',
    risk: o.risk,
    remediation: {
      text: `Remove the internet-wide rules for ${ports} from the instance's security groups, or move the instance to a private subnet without a public address. ${o.instead}`,
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      cli: `aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port ${firstTcp} --cidr 0.0.0.0/0`,
      terraform: `# Restrict the ingress block to known networks instead of 0.0.0.0/0 and ::/0\nresource "aws_vpc_security_group_ingress_rule" "${o.family}" {\n  security_group_id = aws_security_group.app.id\n  ip_protocol       = "tcp"\n  from_port         = ${firstTcp}\n  to_port           = ${firstTcp}\n  cidr_ipv4         = "10.0.0.0/8"\n}`,
      nativeIaC: `# Restrict the ingress rule to known networks instead of 0.0.0.0/0 and ::/0\nResources:\n  ${o.family.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}FromCorporateNetwork:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: <sg-id>\n      IpProtocol: tcp\n      FromPort: ${firstTcp}\n      ToPort: ${firstTcp}\n      CidrIp: 10.0.0.0/8\n      Description: ${o.family} from the corporate network only`,
    },
    uses: [instances, securityGroups, networkAcls, routeTables],
    run(ctx) {
      const nets = regionNetworks(ctx);
      const ranges = familyRanges(family);
      forEachRegional(ctx, instances, (region, i) => {
        const resource = instanceResource(region, i);
        const r = instanceReach(nets.get(region), i, ranges);
        switch (r.kind) {
          case 'error':
            return ctx.error(resource, r.error, r.message);
          case 'reachable':
            return ctx.fail(resource, `Instance ${instanceLabel(i)} answers ${family.name} from the internet: ${describeReachable(r.exposures)}.`);
          case 'blocked':
            return ctx.pass(resource, `Instance ${instanceLabel(i)} is not reachable on ${family.name} from the internet: ${describeBlocked(r.exposures)}.`);
          default:
            return ctx.pass(resource, `Instance ${instanceLabel(i)} has no security group rule admitting ${family.name} (${ports}) from the internet.`);
        }
      });
    },
  });
}
