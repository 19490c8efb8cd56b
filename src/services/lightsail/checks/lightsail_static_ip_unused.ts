import { defineCheck } from '../../../core/check.js';
import { staticIps } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'lightsail_static_ip_unused',
  title: "Lightsail static IP addresses are attached to an instance",
  service: 'lightsail',
  severity: 'low',
  resourceType: 'Other',
  categories: [],
  description:
    "Reports Lightsail static IP addresses that are not attached to any instance.",
  risk:
    "An unattached static IP is billed and forgotten; records that still point at it (DNS, allow-lists) may later follow whatever it is attached to.",
  remediation: {
    text: "Attach the static IP to the instance that should use it, or release it after removing references to it.",
    url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/lightsail-create-static-ip.html',
    cli: 'aws lightsail release-static-ip --static-ip-name <static-ip>',
    terraform:
      'resource "aws_lightsail_static_ip_attachment" "this" {\n  static_ip_name = "<static-ip-name>"\n  instance_name  = "<instance-name>"\n}',
    nativeIaC:
      'Resources:\n  StaticIp:\n    Type: AWS::Lightsail::StaticIp\n    Properties:\n      StaticIpName: <static-ip-name>\n      AttachedTo: <instance-name>',
  },
  uses: [staticIps],
  run(ctx) {
    for (const { region, result } of ctx.regional(staticIps)) {
      for (const r of listed(ctx, region, result, 'Lightsail static IPs')) {
        const resource = { arn: r.arn, id: r.name, name: r.name, region };
        if (r.attachedTo) ctx.pass(resource, `Lightsail static IP ${r.name} is attached to ${r.attachedTo}.`);
        else ctx.fail(resource, `Lightsail static IP ${r.name} is not attached to any instance.`);
      }
    }
  },
});
