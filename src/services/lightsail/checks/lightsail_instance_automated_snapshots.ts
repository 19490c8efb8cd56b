import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'lightsail_instance_automated_snapshots',
  title: "Lightsail instances take automatic snapshots",
  service: 'lightsail',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    "Reports whether each Lightsail instance has the automatic snapshot add-on enabled.",
  risk:
    "Without automatic snapshots, an instance lost to a mistake, corruption or ransomware can only be restored from whatever manual snapshot happens to exist.",
  remediation: {
    text: "Enable the AutoSnapshot add-on on the instance.",
    url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots.html',
    cli: 'aws lightsail enable-add-on --resource-name <instance> --add-on-request addOnType=AutoSnapshot',
    terraform:
      'resource "aws_lightsail_instance" "this" {\n  name              = "<name>"\n  availability_zone = "<availability-zone>"\n  blueprint_id      = "<blueprint-id>"\n  bundle_id         = "<bundle-id>"\n  add_on {\n    type               = "AutoSnapshot"\n    snapshot_time      = "03:00"\n    status             = "Enabled"\n  }\n}',
    nativeIaC:
      'Resources:\n  Instance:\n    Type: AWS::Lightsail::Instance\n    Properties:\n      InstanceName: <name>\n      BlueprintId: <blueprint-id>\n      BundleId: <bundle-id>\n      AddOns:\n        - AddOnType: AutoSnapshot\n          Status: Enabled\n          AutoSnapshotAddOnRequest:\n            SnapshotTimeOfDay: \'03:00\'',
  },
  uses: [instances],
  run(ctx) {
    for (const { region, result } of ctx.regional(instances)) {
      for (const r of listed(ctx, region, result, 'Lightsail instances')) {
        const resource = { arn: r.arn, id: r.name, name: r.name, region };
        if (r.autoSnapshot) ctx.pass(resource, `Lightsail instance ${r.name} takes automatic snapshots.`);
        else ctx.fail(resource, `Lightsail instance ${r.name} does not take automatic snapshots.`);
      }
    }
  },
});
