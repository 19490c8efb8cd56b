import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { addresses, shodanLookups } from '../collectors.js';
import { simpleResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_elastic_ip_shodan',
  title: 'Elastic IP addresses are not indexed by Shodan',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Eip',
  categories: ['internet-exposed'],
  description:
    'Looks up every Elastic IP address in Shodan, the search engine of internet-facing services, and fails for the ones Shodan has recorded with open ports. It runs only with a Shodan API key (shodan_api_key in the config file, as in Prowler); without one it reports nothing, as Prowler does. Set PROWL_SHODAN_API_URL to reach Shodan through another address.',
  risk:
    'A service Shodan has indexed is listed, with its banner and software version, for anyone searching for exposed or vulnerable systems: attackers find it without scanning anything themselves.',
  remediation: {
    text: 'Close the ports Shodan lists in the security groups and network ACLs of the resource behind the address, or move the service behind a load balancer, VPN or private connectivity; release addresses that are no longer needed.',
    url: 'https://help.shodan.io/the-basics/what-is-shodan',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --cidr 0.0.0.0/0',
    nativeIaC:
      'Resources:\n  ServiceGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: Service reachable from the corporate network only\n      VpcId: <vpc-id>\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: <corporate-cidr>',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.service.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = var.corporate_cidr\n}',
  },
  uses: [addresses, shodanLookups],
  params: { shodan_api_key: '' },
  run(ctx) {
    const addressesBy = new Map(ctx.regional(addresses).map(({ region, result }) => [region, result]));
    for (const { region, result: lookup } of ctx.regional(shodanLookups)) {
      // No API key: nothing was looked up and nothing is reported (Prowler logs an error and reports nothing).
      if (lookup.ok && !lookup.data.configured) continue;
      const list = addressesBy.get(region)!;
      if (!list.ok) {
        ctx.error(ctx.accountResource(region), list.error);
        continue;
      }
      for (const a of list.data) {
        if (!a.publicIp) continue;
        const resource = simpleResource(region, a);
        const label = `${a.publicIp} (${a.id})`;
        if (!lookup.ok) {
          ctx.error(resource, lookup.error);
          continue;
        }
        const host = lookup.data.configured ? lookup.data.hosts[a.publicIp] : undefined;
        if (!host) continue;
        if (!host.ok) {
          ctx.error(resource, host.error, `Could not look up Elastic IP ${label} in Shodan: ${describeCallError(host.error)}.`);
          continue;
        }
        const h = host.data;
        if (!h.listed) {
          ctx.pass(resource, `Elastic IP ${label} is not listed in Shodan.`);
          continue;
        }
        const where = [h.isp ? `ISP ${h.isp}` : '', h.country ?? ''].filter(Boolean).join(', ');
        const ports = h.ports?.length ? `open port${h.ports.length === 1 ? '' : 's'} ${h.ports.join(', ')}` : 'no open port recorded';
        ctx.fail(resource, `Elastic IP ${label} is listed in Shodan with ${ports}${where ? ` (${where})` : ''}: https://www.shodan.io/host/${a.publicIp}`);
      }
    }
  },
});
