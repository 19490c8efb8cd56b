import { describe, expect, it } from 'vitest';
import check from './trustedadvisor_premium_support_plan_subscribed.js';
import { supportPlan } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const run = (v: unknown, config = {}) => runCheck(check, new FixtureInventory().set(supportPlan, v as never), { config }).map((f) => f.status);

describe('trustedadvisor_premium_support_plan_subscribed', () => {
  it('PASS premium, FAIL basic, ERROR denied, nothing when verification is off', () => {
    expect(run({ premium: true })).toEqual(['PASS']);
    expect(run({ premium: false })).toEqual(['FAIL']);
    expect(run({ error: denied('support:DescribeServices') })).toEqual(['ERROR']);
    expect(run({ premium: false }, { trustedadvisor_premium_support_plan_subscribed: { verify_premium_support_plans: false } })).toEqual([]);
  });
});
