import { defineCheck } from '../../../core/check.js';
import { ALL_PORT_RANGES } from '../../../lib/network/ports.js';
import { sgOpenings, sgProtocolOpenings } from '../../../lib/network/reachability.js';
import { networkInterfaces, securityGroups, type NetworkInterface } from '../collectors.js';
import { describeOpenings, forEachSecurityGroupInUse, sgLabel, sgResource, usageNote } from '../shared.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_any_port',
  title: 'Security groups in use admit no traffic from the whole internet, except on interfaces meant to be public',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  description:
    'Flags security groups in use with any inbound rule (or rules adding up) open to every public IPv4 or IPv6 address, on any port or protocol. Groups whose network interfaces are all of an allowed kind (ec2_allowed_interface_types, by default API Gateway managed interfaces and VPC endpoints) or belong to an allowed owner (ec2_allowed_instance_owners, by default Elastic Load Balancing) pass: those are meant to face the internet.',
  risk:
    'Every port open to the whole internet is attack surface that scanners find within minutes; workloads should be reached through load balancers or other fronting services rather than directly.',
  remediation: {
    text: 'Put internet-facing services behind a load balancer or API Gateway and let the workload groups admit traffic only from those; restrict any remaining rules to known address ranges.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions <permission-with-0.0.0.0/0>',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "from_lb" {\n  security_group_id            = "<app-sg-id>"\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n  referenced_security_group_id = "<load-balancer-sg-id>"\n}',
    nativeIaC:
      'Resources:\n  AppSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: Workload reachable from its load balancer only\n      VpcId: <vpc-id>\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          SourceSecurityGroupId: <load-balancer-sg-id>',
  },
  uses: [securityGroups, networkInterfaces],
  params: { ec2_allowed_interface_types: ['api_gateway_managed', 'vpc_endpoint'], ec2_allowed_instance_owners: ['amazon-elb'], scan_unused_services: false },
  run(ctx) {
    const types = new Set(ctx.params.ec2_allowed_interface_types);
    const owners = new Set(ctx.params.ec2_allowed_instance_owners);
    const allowed = (n: NetworkInterface) =>
      (n.interfaceType !== undefined && types.has(n.interfaceType)) || [n.instanceOwnerId, n.requesterId].some((o) => o !== undefined && owners.has(o));
    forEachSecurityGroupInUse(ctx, ctx.params.scan_unused_services, (region, g, users) => {
      const open = [...sgOpenings(g.ingress, ALL_PORT_RANGES), ...sgProtocolOpenings(g.ingress).filter((o) => o.protocol !== 'all')];
      const resource = sgResource(region, g);
      if (!open.length) return ctx.pass(resource, `Security group ${sgLabel(g)} admits no traffic from the whole internet.`);
      if (users?.length && users.every(allowed)) {
        const kinds = [...new Set(users.map((n) => n.interfaceType ?? n.instanceOwnerId ?? 'interface'))].join(', ');
        return ctx.pass(resource, `Security group ${sgLabel(g)} admits ${describeOpenings(open)}, but is used only by network interfaces allowed to face the internet (${kinds}).`);
      }
      ctx.fail(resource, `Security group ${sgLabel(g)} admits traffic from the whole internet: ${describeOpenings(open)}.${usageNote(users)}`);
    });
  },
});
