import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { daysBetween, forEachRegional, instanceLabel, instanceResource } from '../shared.js';

/** The time in a StateTransitionReason such as "User initiated (2026-01-02 10:00:00 GMT)". */
export function stoppedAt(reason: string | undefined): Date | undefined {
  const m = /\((\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(?:GMT|UTC)?\)/.exec(reason ?? '');
  return m ? new Date(`${m[1]}T${m[2]}Z`) : undefined;
}

export default defineCheck({
  id: 'ec2_instance_stopped_older_than_specific_days',
  title: 'EC2 instances are not left stopped for long',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2Instance',
  categories: [],
  description:
    'Flags instances that have been stopped for more than max_ec2_instance_stopped_age_in_days (30 by default), reading the stop time from the instance state transition reason.',
  risk:
    'Long-stopped instances miss every patch while they sleep, keep their volumes (and any data and credentials on them) and Elastic IPs billed, and come back unpatched when someone starts them.',
  remediation: {
    text: 'Terminate instances that are no longer needed (snapshot or image them first if the data matters), or patch them before starting them again.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html',
    cli: 'aws ec2 terminate-instances --instance-ids <instance-id>',
  },
  uses: [instances],
  params: { max_ec2_instance_stopped_age_in_days: 30 },
  run(ctx) {
    const max = ctx.params.max_ec2_instance_stopped_age_in_days;
    forEachRegional(ctx, instances, (region, i) => {
      if (i.state !== 'stopped') return;
      const resource = instanceResource(region, i);
      const at = stoppedAt(i.stateTransitionReason);
      if (!at) return ctx.manual(resource, `Instance ${instanceLabel(i)} is stopped, but its state transition reason does not say since when (${i.stateTransitionReason ?? 'empty'}).`);
      const days = daysBetween(at, ctx.now);
      const message = `Instance ${instanceLabel(i)} has been stopped for ${days} days (since ${at.toISOString().slice(0, 10)}); the limit is ${max}.`;
      if (days > max) ctx.fail(resource, message);
      else ctx.pass(resource, message);
    });
  },
});
