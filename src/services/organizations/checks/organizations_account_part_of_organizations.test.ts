import { describe, expect, it } from 'vitest';
import check from './organizations_account_part_of_organizations.js';
import { organization } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const status = (v: Parameters<FixtureInventory['set']>[1]) => runCheck(check, new FixtureInventory().set(organization, v as never)).map((f) => f.status);

describe('organizations_account_part_of_organizations', () => {
  it('PASS in an all-features Organization, FAIL standalone or billing-only, ERROR when denied', () => {
    expect(status({ inOrganization: true, id: 'o-abc', featureSet: 'ALL' })).toEqual(['PASS']);
    expect(status({ inOrganization: false })).toEqual(['FAIL']);
    expect(status({ inOrganization: true, id: 'o-abc', featureSet: 'CONSOLIDATED_BILLING' })).toEqual(['FAIL']);
    expect(status({ error: denied('organizations:DescribeOrganization') })).toEqual(['ERROR']);
  });
});
