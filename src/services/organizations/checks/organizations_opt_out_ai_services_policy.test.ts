import { describe, expect, it } from 'vitest';
import check from './organizations_opt_out_ai_services_policy.js';
import { organizationPolicies } from '../collectors.js';
import { deniedListing, listing, orgPolicy } from '../policy-cases.test-helper.js';
import { FixtureInventory, runCheck } from '../../../../test/helpers/check.js';

const T = 'AISERVICES_OPT_OUT_POLICY';
const optOut = { services: { default: { opt_out_policy: { '@@assign': 'optOut' } } } };
const optIn = { services: { default: { opt_out_policy: { '@@assign': 'optIn' } } } };
const run = (v: unknown) => runCheck(check, new FixtureInventory().set(organizationPolicies, v as never))[0].status;

describe('organizations_opt_out_ai_services_policy', () => {
  it('PASS for an attached default opt-out, FAIL for opt-in, unattached or none, ERROR when not listable', () => {
    expect(run(listing(T, [orgPolicy('ai', T, optOut)]))).toBe('PASS');
    expect(run(listing(T, [orgPolicy('ai', T, optIn)]))).toBe('FAIL');
    expect(run(listing(T, [orgPolicy('ai', T, optOut, false)]))).toBe('FAIL');
    expect(run(listing(T, []))).toBe('FAIL');
    expect(run(deniedListing(T))).toBe('ERROR');
  });
});
