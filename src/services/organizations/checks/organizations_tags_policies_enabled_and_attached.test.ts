import { describe, expect, it } from 'vitest';
import check from './organizations_tags_policies_enabled_and_attached.js';
import { organizationPolicies } from '../collectors.js';
import { deniedListing, listing, orgPolicy } from '../policy-cases.test-helper.js';
import { FixtureInventory, runCheck } from '../../../../test/helpers/check.js';

const run = (v: unknown) => runCheck(check, new FixtureInventory().set(organizationPolicies, v as never));

describe('organizations_tags_policies_enabled_and_attached', () => {
  it('PASS with an attached tag policy, FAIL when unattached, absent or not in an Organization, ERROR when not listable', () => {
    expect(run(listing('TAG_POLICY', [orgPolicy('teams', 'TAG_POLICY', {})]))[0].status).toBe('PASS');
    expect(run(listing('TAG_POLICY', [orgPolicy('teams', 'TAG_POLICY', {}, false)]))[0].statusExtended).toMatch(/none is attached/);
    expect(run(listing('TAG_POLICY', []))[0].status).toBe('FAIL');
    expect(run({ inOrganization: false, byType: {} })[0].status).toBe('FAIL');
    expect(run(deniedListing('TAG_POLICY'))[0].status).toBe('ERROR');
  });
});
