import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { advisorChecks } from '../collectors.js';

export default defineCheck({
  id: 'trustedadvisor_errors_and_warnings',
  title: 'Trusted Advisor checks report no errors or warnings',
  service: 'trustedadvisor',
  severity: 'medium',
  resourceType: 'Other',
  categories: [],
  description:
    'Reads the current result of every Trusted Advisor check (Support API) and fails those in the warning or error (red) state. Without a premium support plan the results cannot be read through the API and the finding is MANUAL.',
  risk: 'Trusted Advisor warnings and errors point at open security groups, exposed access keys, unprotected root users, under-provisioned services and similar problems that stay open until someone acts.',
  remediation: {
    text: 'Review each flagged Trusted Advisor check, fix the flagged resources or exclude them with a justification, and refresh the check.',
    url: 'https://docs.aws.amazon.com/awssupport/latest/user/trusted-advisor.html',
  },
  uses: [advisorChecks],
  run(ctx) {
    const list = ctx.global(advisorChecks);
    if (!list.ok) return ctx.error(ctx.accountResource(), list.error);
    if (list.data === null) return ctx.manual(ctx.accountResource(), 'Trusted Advisor results need a Business or higher support plan to be read through the API; review them in the console.');
    for (const c of list.data) {
      const resource = { arn: `arn:${ctx.account.partition}:trustedadvisor:${ctx.homeRegion}:${ctx.account.accountId}:checks/${c.category}/${c.id}`, id: c.id, name: c.name, region: ctx.homeRegion };
      if (!c.status.ok) {
        ctx.error(resource, c.status.error, `Could not read Trusted Advisor check "${c.name}": ${describeCallError(c.status.error)}.`);
        continue;
      }
      if (c.status.data === 'ok') ctx.pass(resource, `Trusted Advisor check "${c.name}" is ok.`);
      else if (c.status.data === 'warning' || c.status.data === 'error') ctx.fail(resource, `Trusted Advisor check "${c.name}" is in ${c.status.data} state (${c.flaggedResources} flagged resource(s)).`);
    }
  },
});
