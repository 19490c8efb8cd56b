import { defineCheck } from '../../../core/check.js';
import { supportPlan } from '../collectors.js';

export default defineCheck({
  id: 'trustedadvisor_premium_support_plan_subscribed',
  title: 'The account has a Business or Enterprise support plan',
  service: 'trustedadvisor',
  severity: 'low',
  resourceType: 'Other',
  categories: ['resilience'],
  description:
    'Checks through the Support API that the account has a support plan giving API access (Business, Enterprise On-Ramp or Enterprise). Set verify_premium_support_plans to false to skip it for accounts that deliberately run on basic support.',
  risk: 'On basic support there is no technical case support during an incident and only a handful of Trusted Advisor checks, so problems are found later and fixed slower.',
  remediation: {
    text: 'Subscribe production accounts to Business support or higher.',
    url: 'https://aws.amazon.com/premiumsupport/plans/',
  },
  params: { verify_premium_support_plans: true },
  uses: [supportPlan],
  run(ctx) {
    if (!ctx.params.verify_premium_support_plans) return;
    const plan = ctx.global(supportPlan);
    const resource = ctx.accountResource();
    if (!plan.ok) return ctx.error(resource, plan.error);
    if (plan.data.premium) ctx.pass(resource, 'The account has a premium support plan (Business or higher).');
    else ctx.fail(resource, 'The account is on basic support: no premium support plan.');
  },
});
