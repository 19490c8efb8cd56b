import { defineCheck } from '../../../core/check.js';
import { DEFAULT_HIGH_RISK_TCP_PORTS, type PortRange } from '../../../lib/network/ports.js';
import { sgOpenings } from '../../../lib/network/reachability.js';
import { networkInterfaces, securityGroups } from '../collectors.js';
import { describeOpenings, forEachSecurityGroupInUse, sgLabel, sgResource, usageNote } from '../shared.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports',
  title: 'Security groups do not open high-risk TCP ports to the internet',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['internet-exposed'],
  description:
    'Flags security groups in use whose inbound rules, taken together, admit any TCP port of the ec2_high_risk_ports list (by default SMTP 25, POP3 110, RPC 135, IMAP 143, SMB 445 and common development and proxy ports 3000, 4333, 5000, 5500, 8080, 8088) from every public IPv4 or IPv6 address.',
  risk:
    'These ports serve mail, Windows RPC and file sharing, or development servers and proxies that are rarely hardened; exposed, they are scanned and exploited for relaying, lateral movement and data access.',
  remediation: {
    text: 'Remove the internet-wide rules for these ports, or narrow them to the clients that need them; publish web applications through a load balancer on 443 instead of development ports.',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 8080 --cidr 0.0.0.0/0',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "clients" {\n  security_group_id            = "<sg-id>"\n  ip_protocol                  = "tcp"\n  from_port                    = "<port>"\n  to_port                      = "<port>"\n  referenced_security_group_id = "<client-sg-id>"\n}',
    nativeIaC:
      'Resources:\n  ClientIngress:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: <sg-id>\n      IpProtocol: tcp\n      FromPort: <port>\n      ToPort: <port>\n      SourceSecurityGroupId: <client-sg-id>',
  },
  uses: [securityGroups, networkInterfaces],
  params: { ec2_high_risk_ports: DEFAULT_HIGH_RISK_TCP_PORTS.map(String), scan_unused_services: false },
  run(ctx) {
    const ports = ctx.params.ec2_high_risk_ports.map(Number).filter((p) => Number.isInteger(p) && p >= 0 && p <= 65535);
    const ranges = ports.map((p): PortRange => ({ protocol: 'tcp', from: p, to: p }));
    forEachSecurityGroupInUse(ctx, ctx.params.scan_unused_services, (region, g, users) => {
      const open = sgOpenings(g.ingress, ranges);
      const resource = sgResource(region, g);
      if (open.length) ctx.fail(resource, `Security group ${sgLabel(g)} opens high-risk ports to the internet: ${describeOpenings(open)}.${usageNote(users)}`);
      else ctx.pass(resource, `Security group ${sgLabel(g)} opens none of the high-risk TCP ports (${ports.join(', ')}) to the internet.`);
    });
  },
});
