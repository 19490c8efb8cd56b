import { describe, expect, it } from 'vitest';
import check from './organizations_delegated_administrators.js';
import { delegatedAdministrators, type DelegatedAdministrator } from '../collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const admin = (id: string, name?: string): DelegatedAdministrator => ({
  id,
  arn: `arn:aws:organizations::123456789012:account/o-abc123/${id}`,
  ...(name ? { name } : {}),
  status: 'ACTIVE',
});
const inOrg = (admins: DelegatedAdministrator[] | null) => ({
  inOrganization: true,
  organizationId: 'o-abc123',
  managementAccountId: '123456789012',
  admins,
});

describe('organizations_delegated_administrators', () => {
  it('FAIL for delegated administrators not in the trusted list (all of them by default)', () => {
    const fx = new FixtureInventory().set(delegatedAdministrators, inOrg([admin('111111111111', 'security'), admin('222222222222')]));
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ '111111111111': 'FAIL', '222222222222': 'FAIL' });
    expect(findings[0].statusExtended).toContain('111111111111 (security)');
    expect(findings[0].resource.arn).toBe('arn:aws:organizations::123456789012:account/o-abc123/111111111111');
  });

  it('PASS for trusted delegated administrators', () => {
    const fx = new FixtureInventory().set(delegatedAdministrators, inOrg([admin('111111111111', 'security'), admin('222222222222')]));
    const findings = runCheck(check, fx, { config: { [check.id]: { organizations_trusted_delegated_administrators: ['111111111111'] } } });
    expect(statusById(findings)).toEqual({ '111111111111': 'PASS', '222222222222': 'FAIL' });
  });

  it('PASS when there are none, or the account is not in an organization', () => {
    const [none] = runCheck(check, new FixtureInventory().set(delegatedAdministrators, inOrg([])));
    expect(none).toMatchObject({ status: 'PASS', resource: { id: '123456789012' } });
    expect(none.statusExtended).toContain('o-abc123 has no delegated administrators');
    const [solo] = runCheck(check, new FixtureInventory().set(delegatedAdministrators, { inOrganization: false, admins: [] }));
    expect(solo.status).toBe('PASS');
    expect(solo.statusExtended).toContain('not a member of an AWS Organization');
  });

  it('MANUAL from a member account that cannot list them, pointing at the management account', () => {
    const fx = new FixtureInventory().set(delegatedAdministrators, { ...inOrg(null), managementAccountId: '999999999999' });
    const [f] = runCheck(check, fx);
    expect(f.status).toBe('MANUAL');
    expect(f.statusExtended).toContain('management account 999999999999');
  });

  it('ERROR when the organization could not be read', () => {
    const [f] = runCheck(check, new FixtureInventory().set(delegatedAdministrators, { error: denied('organizations:ListDelegatedAdministrators') }));
    expect(f.status).toBe('ERROR');
    expect(f.statusExtended).toContain('organizations:ListDelegatedAdministrators');
  });
});
