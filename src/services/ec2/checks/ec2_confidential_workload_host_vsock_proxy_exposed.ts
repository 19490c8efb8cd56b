import { defineCheck } from '../../../core/check.js';
import type { PortRange } from '../../../lib/network/ports.js';
import { sgOpenings } from '../../../lib/network/reachability.js';
import { instances, securityGroups } from '../collectors.js';
import { describeOpenings, forEachRegional, instanceLabel, instanceResource } from '../shared.js';

/** enclave_vsock_ports entries: a port ("5000", as Prowler writes them) or a range ("8000-8090"); anything else is ignored. */
export function vsockRanges(entries: readonly string[]): PortRange[] {
  return entries.flatMap((e): PortRange[] => {
    const m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5}))?\s*$/.exec(e);
    if (!m) return [];
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return from <= to && to <= 65535 ? [{ protocol: 'tcp', from, to }] : [];
  });
}

export default defineCheck({
  id: 'ec2_confidential_workload_host_vsock_proxy_exposed',
  title: 'Nitro Enclaves parent instances do not open likely vsock-proxy TCP ports to the internet',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['internet-exposed'],
  description:
    'For every instance with Nitro Enclaves enabled (EnclaveOptions.Enabled), combines the inbound rules of all its security groups and fails when they admit, from every IPv4 or IPv6 address, a TCP port that vsock proxies commonly listen on (enclave_vsock_ports: 5000, 8000-8090 and 9000 by default). The port list is a heuristic: a proxy on another port is not seen, and another service on one of these ports is reported too.',
  risk:
    'An enclave has no network of its own: it talks to the world through a proxy on the parent that bridges vsock to TCP. A proxy port reachable from the internet lets anyone send traffic into the enclave channel or use the proxy to reach the endpoints it forwards to, such as KMS.',
  remediation: {
    text: 'Keep vsock proxies listening on the loopback address of the parent and remove internet-wide rules for their ports; let only the clients that need the enclave application reach it, through a load balancer or specific security groups.',
    url: 'https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-concepts.html',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 8000-8090 --cidr 0.0.0.0/0',
    nativeIaC:
      'Resources:\n  EnclaveHostGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: Enclave parent, application port from the load balancer only\n      VpcId: <vpc-id>\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          SourceSecurityGroupId: <load-balancer-sg-id>',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "app" {\n  security_group_id            = aws_security_group.enclave_host.id\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n  referenced_security_group_id = aws_security_group.lb.id\n}',
  },
  uses: [instances, securityGroups],
  params: { enclave_vsock_ports: ['5000', '8000-8090', '9000'] },
  run(ctx) {
    const ranges = vsockRanges(ctx.params.enclave_vsock_ports);
    const groupsByRegion = new Map(ctx.regional(securityGroups).map(({ region, result }) => [region, result]));
    forEachRegional(ctx, instances, (region, i) => {
      if (i.enclave !== true) return;
      const resource = instanceResource(region, i);
      const groups = groupsByRegion.get(region);
      if (!groups?.ok) return groups && ctx.error(resource, groups.error);
      const byId = new Map(groups.data.map((g) => [g.id, g]));
      const rules = i.securityGroupIds.flatMap((id) => (byId.get(id)?.ingress ?? []).map((rule) => ({ rule, groupId: id })));
      const open = sgOpenings(rules, ranges);
      if (open.length) {
        return ctx.fail(resource, `Nitro Enclaves parent ${instanceLabel(i)} opens likely vsock-proxy ports to the internet: ${describeOpenings(open)} (security group ${[...new Set(open.flatMap((o) => o.groupIds))].join(', ')}).`);
      }
      const missing = i.securityGroupIds.filter((id) => !byId.has(id));
      if (missing.length) {
        const error = { kind: 'Failed' as const, code: 'SecurityGroupNotFound', operation: securityGroups.operation, message: `security group ${missing.join(', ')} not in the collected list` };
        return ctx.error(resource, error, `Could not evaluate Nitro Enclaves parent ${instanceLabel(i)}: its security group ${missing.join(', ')} was not found.`);
      }
      ctx.pass(resource, `Nitro Enclaves parent ${instanceLabel(i)} opens none of the likely vsock-proxy TCP ports (${ctx.params.enclave_vsock_ports.join(', ')}) to the internet.`);
    });
  },
});
