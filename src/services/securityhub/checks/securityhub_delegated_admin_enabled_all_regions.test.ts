import { describe, expect, it } from 'vitest';
import check from './securityhub_delegated_admin_enabled_all_regions.js';
import { hub, organizationAdministration, type OrganizationAdministration } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

type Admin = OrganizationAdministration | { error: ReturnType<typeof denied> };

function run(cases: Record<string, { enabled: boolean | { error: ReturnType<typeof denied> }; admin: Admin }>) {
  const fx = new FixtureInventory(Object.keys(cases));
  for (const [region, c] of Object.entries(cases)) {
    fx.set(hub, typeof c.enabled === 'boolean' ? { enabled: c.enabled } : c.enabled, [region]);
    fx.set(organizationAdministration, c.admin, [region]);
  }
  return Object.fromEntries(runCheck(check, fx).map((f) => [f.resource.region, [f.status, f.statusExtended]]));
}

describe('securityhub_delegated_admin_enabled_all_regions', () => {
  it('from the management account: PASS with an enabled administrator, FAIL with none or a disabled one; FAIL where Security Hub is off and no administrator is known', () => {
    const r = run({
      'us-east-1': { enabled: true, admin: { admins: [{ accountId: '222222222222', status: 'ENABLED' }], thisAccountAdministers: false } },
      'eu-west-1': { enabled: true, admin: { admins: [], thisAccountAdministers: false } },
      'eu-central-1': { enabled: true, admin: { admins: [{ accountId: '222222222222', status: 'DISABLE_IN_PROGRESS' }], thisAccountAdministers: false } },
      'ap-south-1': { enabled: false, admin: { admins: null, thisAccountAdministers: false } },
      'sa-east-1': { enabled: false, admin: { admins: [{ accountId: '222222222222', status: 'ENABLED' }], thisAccountAdministers: false } },
    });
    expect(r['us-east-1']).toEqual(['PASS', 'Security Hub in us-east-1 has delegated administrator 222222222222 enabled.']);
    expect(r['eu-west-1']).toEqual(['FAIL', 'Security Hub in eu-west-1 has no delegated administrator for the Organization.']);
    expect(r['eu-central-1'][0]).toBe('FAIL');
    expect(r['ap-south-1']).toEqual(['FAIL', 'AWS Security Hub is not enabled in ap-south-1, so no delegated administrator oversees it.']);
    // The management account need not run Security Hub itself for its designated administrator to count.
    expect(r['sa-east-1'][0]).toBe('PASS');
  });

  it('from other accounts: PASS for the administrator itself, MANUAL for a plain member', () => {
    const r = run({
      'us-east-1': { enabled: true, admin: { admins: null, thisAccountAdministers: true, autoEnable: true } },
      'eu-west-1': { enabled: true, admin: { admins: null, thisAccountAdministers: false } },
    });
    expect(r['us-east-1'][0]).toBe('PASS');
    expect(r['eu-west-1'][0]).toBe('MANUAL');
  });

  it('ERROR when the hub or the administrators could not be read', () => {
    const r = run({
      'us-east-1': { enabled: { error: denied('securityhub:DescribeHub') }, admin: { admins: null, thisAccountAdministers: false } },
      'eu-west-1': { enabled: true, admin: { error: denied('securityhub:ListOrganizationAdminAccounts') } },
    });
    expect(r['us-east-1'][0]).toBe('ERROR');
    expect(r['eu-west-1'][0]).toBe('ERROR');
    expect(r['eu-west-1'][1]).toContain('securityhub:ListOrganizationAdminAccounts');
  });
});
