import { describe, expect, it } from 'vitest';
import check from './iam_root_credentials_management_enabled.js';
import { organizationsFeatures, type OrganizationsFeatures } from '../collectors.js';
import { FixtureInventory, denied, runCheck } from '../../../../test/helpers/check.js';

const run = (f: OrganizationsFeatures) => runCheck(check, new FixtureInventory().set(organizationsFeatures, f));

describe('iam_root_credentials_management_enabled', () => {
  it('PASS when the organization has root credentials management enabled', () => {
    const [f] = run({ status: 'available', organizationId: 'o-abc123', enabledFeatures: ['RootCredentialsManagement', 'RootSessions'] });
    expect(f.status).toBe('PASS');
    expect(f.statusExtended).toContain('o-abc123');
  });
  it('FAIL when the feature is off, IAM trusted access is off, or the organization lacks all features', () => {
    const [off] = run({ status: 'available', organizationId: 'o-abc123', enabledFeatures: ['RootSessions'] });
    expect(off.status).toBe('FAIL');
    expect(off.statusExtended).toContain('does not have centralized root credentials management');
    expect(run({ status: 'trusted-access-disabled' })[0].status).toBe('FAIL');
    expect(run({ status: 'not-all-features' })[0].status).toBe('FAIL');
  });
  it('MANUAL from a member account, nothing for an account outside any organization', () => {
    const [m] = run({ status: 'not-management-account' });
    expect(m.status).toBe('MANUAL');
    expect(m.statusExtended).toContain('management account');
    expect(run({ status: 'no-organization' })).toEqual([]);
  });
  it('ERROR naming the call when it was denied', () => {
    const [f] = runCheck(check, new FixtureInventory().set(organizationsFeatures, { error: denied('iam:ListOrganizationsFeatures') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('iam:ListOrganizationsFeatures');
  });
});
