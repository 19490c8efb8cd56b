import { describe, expect, it } from 'vitest';
import check from './config_delegated_admin_and_org_aggregator_all_regions.js';
import { aggregators, configDelegatedAdmins, type ConfigAggregator, type ConfigDelegatedAdmins } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const agg = (name: string, over: Partial<ConfigAggregator> = {}): ConfigAggregator => ({
  name,
  arn: `arn:aws:config:us-east-1:123456789012:config-aggregator/${name}`,
  organization: true,
  allRegions: true,
  regions: [],
  ...over,
});
const ME = '123456789012';

function run(admins: ConfigDelegatedAdmins | { error: ReturnType<typeof denied> }, perRegion: Record<string, ConfigAggregator[] | { error: ReturnType<typeof denied> }>) {
  const fx = new FixtureInventory(Object.keys(perRegion)).set(configDelegatedAdmins, admins);
  for (const [region, value] of Object.entries(perRegion)) fx.set(aggregators, value, [region]);
  const findings = runCheck(check, fx);
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe('config_delegated_admin_and_org_aggregator_all_regions', () => {
  it('PASS for the delegated administrator holding an all-region organization aggregator', () => {
    const f = run({ inOrganization: true, managementAccountId: '111111111111', admins: [ME] }, { 'us-east-1': [agg('org')], 'eu-west-1': [] });
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toBe(`AWS Config has a delegated administrator (${ME}) and organization aggregator org (us-east-1) covers all regions.`);
  });

  it('PASS from a member account that cannot list administrators but holds the organization aggregator (only an administrator can create one)', () => {
    expect(run({ inOrganization: true, managementAccountId: '111111111111', admins: null }, { 'us-east-1': [agg('org')] }).status).toBe('PASS');
  });

  it('FAIL without a delegated administrator, with an aggregator limited to some regions or to listed accounts, or outside an Organization', () => {
    expect(run({ inOrganization: true, managementAccountId: ME, admins: [] }, { 'us-east-1': [agg('org')] }).statusExtended).toBe(
      'AWS Config is not administered centrally: no account is registered as delegated administrator for AWS Config.',
    );
    expect(run({ inOrganization: true, admins: [ME] }, { 'us-east-1': [agg('two', { allRegions: false, regions: ['us-east-1', 'eu-west-1'] })] }).statusExtended).toBe(
      'AWS Config is not administered centrally: organization aggregator two (us-east-1) does not cover all regions.',
    );
    expect(run({ inOrganization: true, admins: [ME] }, { 'us-east-1': [agg('accounts', { organization: false })] }).status).toBe('FAIL');
    expect(run({ inOrganization: true, managementAccountId: ME, admins: ['222222222222'] }, { 'us-east-1': [] }).statusExtended).toContain('the delegated administrator 222222222222 should: scan it');
    expect(run({ inOrganization: false, admins: [] }, { 'us-east-1': [] }).status).toBe('FAIL');
  });

  it('MANUAL from a member account that can neither list the administrators nor holds an aggregator: the answer lives elsewhere', () => {
    expect(run({ inOrganization: true, managementAccountId: '111111111111', admins: null }, { 'us-east-1': [] }).status).toBe('MANUAL');
  });

  it('ERROR when the administrators, or the aggregators of a region with none found elsewhere, could not be read', () => {
    expect(run({ error: denied('organizations:ListDelegatedAdministrators') }, { 'us-east-1': [agg('org')] }).status).toBe('ERROR');
    const f = run({ inOrganization: true, admins: [ME] }, { 'us-east-1': { error: denied('config:DescribeConfigurationAggregators') }, 'eu-west-1': [] });
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('us-east-1');
    // An aggregator found in another region settles it.
    expect(run({ inOrganization: true, admins: [ME] }, { 'us-east-1': { error: denied('config:DescribeConfigurationAggregators') }, 'eu-west-1': [agg('org')] }).status).toBe('PASS');
  });
});
