import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { daysBetween, forEachRegional, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_older_than_specific_days',
  title: 'Running EC2 instances were launched within the allowed age',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: [],
  description:
    'Flags running instances whose last launch is older than max_ec2_instance_age_in_days (180 by default). Long-lived instances drift from their images and tend to miss patches; replacing them regularly keeps fleets current.',
  risk: 'Hosts that run for many months accumulate unpatched packages, manual changes and stale credentials, and are hard to rebuild when something goes wrong.',
  remediation: {
    text: 'Replace long-running instances from current, patched images (immutable infrastructure), or at least patch and restart them on a schedule with Systems Manager Patch Manager.',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
  },
  uses: [instances],
  params: { max_ec2_instance_age_in_days: 180 },
  run(ctx) {
    const max = ctx.params.max_ec2_instance_age_in_days;
    forEachRegional(ctx, instances, (region, i) => {
      if (i.state !== 'running' || !i.launchTime) return;
      const age = daysBetween(new Date(i.launchTime), ctx.now);
      const message = `Instance ${instanceLabel(i)} was launched ${age} days ago (${i.launchTime.slice(0, 10)}); the limit is ${max}.`;
      if (age > max) ctx.fail(instanceResource(region, i), message);
      else ctx.pass(instanceResource(region, i), message);
    });
  },
});
