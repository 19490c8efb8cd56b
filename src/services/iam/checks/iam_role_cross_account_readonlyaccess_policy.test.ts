import { describe, expect, it } from 'vitest';
import check from './iam_role_cross_account_readonlyaccess_policy.js';
import { authorizationDetails } from '../policies.js';
import { organization, organizationAccounts } from '../../organizations/collectors.js';
import { awsRef, details, role } from '../policy-fixtures.test-helper.js';
import { doc, expectDeniedError } from '../policy-judge-cases.test-helper.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const SIBLING = '222222222222';
const STRANGER = '999999999999';
const ro = (name: string, principal: string, Condition?: object) => ({
  ...role(name, [awsRef('ReadOnlyAccess')]),
  trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) }),
});
const roles = () =>
  details({
    roles: [
      ro('stranger', `arn:aws:iam::${STRANGER}:root`),
      ro('sibling', `arn:aws:iam::${SIBLING}:role/audit`),
      ro('local', 'arn:aws:iam::123456789012:root'),
      ro('org-guarded', '*', { StringEquals: { 'aws:PrincipalOrgID': 'o-mine' } }),
      { ...role('no-readonly'), trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: STRANGER }, Action: 'sts:AssumeRole' }) },
    ],
  });

describe('iam_role_cross_account_readonlyaccess_policy', () => {
  it('a sibling account of the Organization passes, a stranger fails (Organization account list readable)', () => {
    const fx = new FixtureInventory()
      .set(authorizationDetails, roles())
      .set(organization, { inOrganization: true, id: 'o-mine' })
      .set(organizationAccounts, { accounts: [{ id: '123456789012' }, { id: SIBLING }] });
    const findings = runCheck(check, fx);
    expect(statusById(findings)).toEqual({ stranger: 'FAIL', sibling: 'PASS', local: 'PASS', 'org-guarded': 'PASS' });
    expect(findings.find((f) => f.resource.id === 'sibling')!.statusExtended).toMatch(/222222222222 \(organization\)/);
  });
  it('without the Organization account list, a sibling is an outsider unless listed in trusted_account_ids', () => {
    const fx = new FixtureInventory()
      .set(authorizationDetails, roles())
      .set(organization, { error: denied('organizations:DescribeOrganization') })
      .set(organizationAccounts, { accounts: null });
    expect(statusById(runCheck(check, fx))).toEqual({ stranger: 'FAIL', sibling: 'FAIL', local: 'PASS', 'org-guarded': 'FAIL' });
    const config = { iam_role_cross_account_readonlyaccess_policy: { trusted_account_ids: [SIBLING] } };
    expect(statusById(runCheck(check, fx, { config }))).toMatchObject({ sibling: 'PASS', stranger: 'FAIL' });
  });
  it('ERROR when denied', () => expectDeniedError(check));
});
