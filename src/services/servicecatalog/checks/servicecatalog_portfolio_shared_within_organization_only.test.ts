import { describe, expect, it } from 'vitest';
import check from './servicecatalog_portfolio_shared_within_organization_only.js';
import { portfolioAccountShares, portfolios } from '../collectors.js';
import { organization, organizationAccounts } from '../../organizations/collectors.js';
import { FixtureInventory, denied, runCheck, statusById } from '../../../../test/helpers/check.js';

const arn = (id: string) => `arn:aws:catalog:us-east-1:123456789012:portfolio/${id}`;
const share = (account: string) => ({ account, accepted: true });

function fx(orgAccounts: string[] | null) {
  return new FixtureInventory()
    .set(portfolios, ['port-private', 'port-org', 'port-stranger', 'port-hidden'].map((id) => ({ id, arn: arn(id), name: id })))
    .set(portfolioAccountShares, {
      [arn('port-private')]: { ok: true, data: [] },
      [arn('port-org')]: { ok: true, data: [share('222222222222')] },
      [arn('port-stranger')]: { ok: true, data: [share('222222222222'), share('999999999999')] },
      [arn('port-hidden')]: { ok: false, error: denied('servicecatalog:DescribePortfolioShares') },
    })
    .set(organization, { inOrganization: true, id: 'o-ours123', managementAccountId: '111111111111' })
    .set(organizationAccounts, { accounts: orgAccounts && orgAccounts.map((id) => ({ id })) });
}

describe('servicecatalog_portfolio_shared_within_organization_only', () => {
  // Differs from Prowler, which fails every direct account share: one to a member of the Organization stays inside it.
  it('PASS unshared or shared with Organization members, FAIL shared with a stranger, ERROR when the shares were denied', () => {
    const findings = runCheck(check, fx(['111111111111', '222222222222']));
    expect(statusById(findings)).toEqual({ 'port-private': 'PASS', 'port-org': 'PASS', 'port-stranger': 'FAIL', 'port-hidden': 'ERROR' });
    expect(findings[2].statusExtended).toBe('Service Catalog portfolio port-stranger is shared directly with account(s) outside the Organization: 999999999999.');
  });

  it('without a readable account list, only trusted_account_ids count as ours', () => {
    expect(statusById(runCheck(check, fx(null)))['port-org']).toBe('FAIL');
    const trusted = runCheck(check, fx(null), { config: { servicecatalog_portfolio_shared_within_organization_only: { trusted_account_ids: ['222222222222'] } } });
    expect(statusById(trusted)['port-org']).toBe('PASS');
  });

  it('ERROR when the portfolios could not be listed', () => {
    const error = denied('servicecatalog:ListPortfolios');
    const inv = new FixtureInventory().set(portfolios, { error }).set(portfolioAccountShares, { error }).set(organization, { inOrganization: false }).set(organizationAccounts, { accounts: [] });
    expect(runCheck(check, inv).map((f) => f.status)).toEqual(['ERROR']);
  });
});
