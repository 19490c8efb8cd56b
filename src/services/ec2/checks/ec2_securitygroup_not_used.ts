import { defineCheck } from '../../../core/check.js';
import { launchTemplates, networkInterfaces, securityGroups } from '../collectors.js';
import { sgLabel, sgResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_securitygroup_not_used',
  title: 'Security groups that nothing uses are removed',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2SecurityGroup',
  categories: ['trust-boundaries'],
  description:
    'Flags security groups that no network interface uses (instances, load balancers, Lambda functions in a VPC, endpoints and the rest all use groups through interfaces), that no other group references in its rules, and that no launch template (default or latest version) names. Default groups are skipped: they cannot be deleted.',
  risk:
    'Unused groups accumulate permissive rules nobody maintains; when someone later attaches one to a new resource, those forgotten rules open it up.',
  remediation: {
    text: 'Delete security groups that nothing uses after confirming no automation refers to them by id.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-security-groups.html#deleting-security-groups',
    cli: 'aws ec2 delete-security-group --group-id <sg-id>',
  },
  uses: [securityGroups, networkInterfaces, launchTemplates],
  run(ctx) {
    const enis = new Map(ctx.regional(networkInterfaces).map(({ region, result }) => [region, result]));
    const templates = new Map(ctx.regional(launchTemplates).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(securityGroups)) {
      if (!result.ok) {
        ctx.error(ctx.accountResource(region), result.error);
        continue;
      }
      const e = enis.get(region);
      if (!e?.ok) {
        if (e && !e.ok) ctx.error(ctx.accountResource(region), e.error, `Could not tell which security groups are used in ${region}: ${e.error.operation} failed.`);
        continue;
      }
      const used = new Set(e.data.flatMap((n) => n.securityGroupIds));
      const referenced = new Set(result.data.flatMap((g) => [...g.ingress, ...g.egress].flatMap((r) => r.groups.filter((id) => id !== g.id))));
      const t = templates.get(region);
      const inTemplates = new Set(t?.ok ? t.data.flatMap((lt) => (lt.versions.ok ? lt.versions.data.flatMap((v) => v.securityGroupIds) : [])) : []);
      const templatesUnread = !t?.ok || t.data.some((lt) => !lt.versions.ok);
      for (const g of result.data) {
        if (g.name === 'default') continue;
        const resource = sgResource(region, g);
        if (used.has(g.id)) ctx.pass(resource, `Security group ${sgLabel(g)} is used by ${e.data.filter((n) => n.securityGroupIds.includes(g.id)).length} network interface(s).`);
        else if (referenced.has(g.id)) ctx.pass(resource, `Security group ${sgLabel(g)} is not attached to any network interface but other security groups reference it.`);
        else if (inTemplates.has(g.id)) ctx.pass(resource, `Security group ${sgLabel(g)} is not attached to any network interface but a launch template uses it.`);
        else if (templatesUnread) {
          const error = t && !t.ok ? t.error : t?.ok ? t.data.find((lt) => !lt.versions.ok)!.versions : undefined;
          if (error && 'error' in error) ctx.error(resource, error.error, `Security group ${sgLabel(g)} is attached to nothing, but launch templates could not be read to confirm it is unused.`);
          else if (t && !t.ok) ctx.error(resource, t.error, `Security group ${sgLabel(g)} is attached to nothing, but launch templates could not be read to confirm it is unused.`);
          else ctx.fail(resource, `Security group ${sgLabel(g)} is not used by any network interface, security group or launch template.`);
        } else ctx.fail(resource, `Security group ${sgLabel(g)} is not used by any network interface, security group or launch template.`);
      }
    }
  },
});
