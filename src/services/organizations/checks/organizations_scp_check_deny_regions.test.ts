import { describe, expect, it } from 'vitest';
import check from './organizations_scp_check_deny_regions.js';
import { organizationPolicies } from '../collectors.js';
import { deniedListing, listing, orgPolicy } from '../policy-cases.test-helper.js';
import { FixtureInventory, runCheck } from '../../../../test/helpers/check.js';

const T = 'SERVICE_CONTROL_POLICY';
const regionScp = (regions: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', NotAction: ['iam:*', 'sts:*', 'organizations:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': regions } } }],
});
const full = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const run = (v: unknown, regions?: string[]) =>
  runCheck(check, new FixtureInventory().set(organizationPolicies, v as never), regions ? { config: { organizations_scp_check_deny_regions: { organizations_enabled_regions: regions } } } : {})[0];

describe('organizations_scp_check_deny_regions', () => {
  it('PASS with an attached region SCP, FAIL without one or when it allows unapproved regions, ERROR when not listable', () => {
    expect(run(listing(T, [orgPolicy('FullAWSAccess', T, full), orgPolicy('regions', T, regionScp(['eu-west-1', 'eu-central-1']))])).status).toBe('PASS');
    expect(run(listing(T, [orgPolicy('regions', T, regionScp(['eu-west-1']))]), ['eu-west-1', 'eu-central-1']).status).toBe('PASS');
    const wide = run(listing(T, [orgPolicy('regions', T, regionScp(['eu-west-1', 'us-east-1']))]), ['eu-west-1']);
    expect([wide.status, wide.statusExtended]).toEqual(['FAIL', expect.stringMatching(/regions: eu-west-1, us-east-1/)]);
    expect(run(listing(T, [orgPolicy('regions', T, regionScp(['eu-west-1']), false), orgPolicy('FullAWSAccess', T, full)])).status).toBe('FAIL');
    expect(run(deniedListing(T)).status).toBe('ERROR');
  });
});
