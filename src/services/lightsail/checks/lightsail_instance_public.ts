import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'lightsail_instance_public',
  title: "Lightsail instances expose no ports to the whole internet",
  service: 'lightsail',
  severity: 'high',
  resourceType: 'Other',
  categories: ['internet-exposed'],
  description:
    "Reports Lightsail instances that have a public IP address and firewall rules opening ports to every IPv4 or IPv6 address, naming the ports.",
  risk:
    "Ports open to the internet on an instance are scanned continuously; remote administration ports (SSH, RDP) and unpatched services are the usual first foothold.",
  remediation: {
    text: "Restrict each firewall rule to the addresses that need it (or use the Lightsail browser SSH/RDP client), and close ports nothing uses.",
    url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-firewall-and-port-mappings-in-amazon-lightsail.html',
    cli: 'aws lightsail put-instance-public-ports --instance-name <instance> --port-infos fromPort=443,toPort=443,protocol=tcp,cidrs=203.0.113.0/24',
    terraform:
      'resource "aws_lightsail_instance_public_ports" "this" {\n  instance_name = "<name>"\n  port_info {\n    protocol  = "tcp"\n    from_port = 443\n    to_port   = 443\n    cidrs     = ["0.0.0.0/0"]\n  }\n  port_info {\n    protocol  = "tcp"\n    from_port = 22\n    to_port   = 22\n    cidrs     = ["<admin-network-cidr>"]\n  }\n}',
    nativeIaC:
      'Resources:\n  Instance:\n    Type: AWS::Lightsail::Instance\n    Properties:\n      InstanceName: <name>\n      BlueprintId: <blueprint-id>\n      BundleId: <bundle-id>\n      Networking:\n        Ports:\n          - Protocol: tcp\n            FromPort: 443\n            ToPort: 443\n            Cidrs:\n              - 0.0.0.0/0\n          - Protocol: tcp\n            FromPort: 22\n            ToPort: 22\n            Cidrs:\n              - <admin-network-cidr>',
  },
  uses: [instances],
  run(ctx) {
    for (const { region, result } of ctx.regional(instances)) {
      for (const r of listed(ctx, region, result, 'Lightsail instances')) {
        const resource = { arn: r.arn, id: r.name, name: r.name, region };
        if (r.publicIp && r.portsOpenToAll.length) ctx.fail(resource, `Lightsail instance ${r.name} has public IP ${r.publicIp} with ports open to everyone: ${r.portsOpenToAll.join(', ')}.`);
        else if (r.publicIp) ctx.pass(resource, `Lightsail instance ${r.name} has a public IP but opens no port to everyone.`);
        else ctx.pass(resource, `Lightsail instance ${r.name} has no public IP address.`);
      }
    }
  },
});
