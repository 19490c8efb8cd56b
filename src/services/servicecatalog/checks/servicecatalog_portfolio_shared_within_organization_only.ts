import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { accountRelation } from '../../../lib/iam-policy/index.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { organization, organizationAccounts } from '../../organizations/collectors.js';
import { trustContext } from '../../iam/identity-checks.js';
import { portfolioAccountShares, portfolios } from '../collectors.js';

export default defineCheck({
  id: 'servicecatalog_portfolio_shared_within_organization_only',
  title: 'Service Catalog portfolios are shared only within the Organization',
  service: 'servicecatalog',
  severity: 'high',
  resourceType: 'Other',
  categories: ['trust-boundaries'],
  description:
    'Reads the direct account shares of every Service Catalog portfolio (DescribePortfolioShares, type ACCOUNT) and fails portfolios shared with an account that is neither this one, one of trusted_account_ids, nor a member of the Organization (when its account list is readable). Shares made through Organizations (to the Organization, an OU or a member) are inside it by construction. Unlike Prowler, a direct share to a member account of the Organization is not reported.',
  risk:
    'A portfolio shared with an outside account lets that account see and launch the products in it: their CloudFormation templates, launch roles and the infrastructure patterns and names they reveal. Direct shares also stay in place when an account leaves the Organization.',
  remediation: {
    text: 'Remove direct shares to accounts outside the Organization and share with the Organization or its OUs through AWS Organizations instead (after enabling Organizations access in Service Catalog).',
    url: 'https://docs.aws.amazon.com/servicecatalog/latest/adminguide/catalogs_portfolios_sharing_how-to-share.html',
    cli: 'aws servicecatalog delete-portfolio-share --portfolio-id <portfolio-id> --account-id <account-id>',
    nativeIaC: [
      'PortfolioShare:',
      '  Type: AWS::ServiceCatalog::PortfolioShare',
      '  Properties:',
      '    PortfolioId: !Ref Portfolio',
      '    AccountId: <account-id-in-your-organization>',
    ].join('\n'),
    terraform:
      'resource "aws_servicecatalog_portfolio_share" "org" {\n  portfolio_id = aws_servicecatalog_portfolio.main.id\n  type         = "ORGANIZATION"\n  principal_id = "arn:aws:organizations::<management-account-id>:organization/<org-id>"\n}',
  },
  params: { trusted_account_ids: [] as string[] },
  uses: [portfolios, portfolioAccountShares, organization, organizationAccounts],
  run(ctx) {
    const t = trustContext(ctx);
    const orgListed = !!t.organizationAccountIds;
    for (const { region, item: p, entry } of listedWith(ctx, portfolios, portfolioAccountShares, 'Service Catalog portfolios')) {
      const resource = { arn: p.arn, id: p.id, name: p.name, region };
      const label = `Service Catalog portfolio ${p.name}`;
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the shares of ${label}: ${describeCallError(entry.error)}.`);
        continue;
      }
      const outside = entry.data.filter((s) => accountRelation(s.account, t) === 'external').map((s) => s.account);
      if (outside.length) {
        const where = orgListed ? 'outside the Organization' : 'not known to be in the Organization (its account list was not readable) nor trusted';
        ctx.fail(resource, `${label} is shared directly with account(s) ${where}: ${outside.join(', ')}.`);
      } else if (entry.data.length) ctx.pass(resource, `${label} is shared directly only with accounts of the Organization or trusted accounts (${entry.data.map((s) => s.account).join(', ')}).`);
      else ctx.pass(resource, `${label} is not shared directly with any account.`);
    }
  },
});
