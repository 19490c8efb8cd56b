import { defineCheck } from '../../../core/check.js';
import { describeCallError, notAvailableHere } from '../../../aws/errors.js';
import { aggregators, configDelegatedAdmins } from '../collectors.js';

export default defineCheck({
  id: 'config_delegated_admin_and_org_aggregator_all_regions',
  title: 'AWS Config has a delegated administrator and an organization aggregator covering all regions',
  service: 'config',
  severity: 'high',
  resourceType: 'AwsConfigConfigurationAggregator',
  categories: ['forensics-ready'],
  description:
    'Checks, for the scanned account, that an account is registered as delegated administrator for AWS Config (config.amazonaws.com or config-multiaccountsetup.amazonaws.com, per ListDelegatedAdministrators and ListDelegatedServicesForAccount, readable from the management account) and that this account holds an organization-wide configuration aggregator whose source covers all AWS regions (DescribeConfigurationAggregators in every scanned region). From a member account the delegated administrator list is not readable; holding an organization aggregator then proves this account is the delegated administrator, since only that account or the management account may create one.',
  risk:
    'Without a central, organization-wide and all-region view, configuration history and rule compliance stay scattered across accounts and regions: a resource created in an unexpected account or region, or a drift in one member, goes unnoticed by the security team.',
  remediation: {
    text: 'From the management account, register the security or audit account as delegated administrator for config.amazonaws.com; in that account, create an organization aggregator with all AWS regions selected.',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/set-up-aggregator-cli.html',
    cli: 'aws organizations register-delegated-administrator --account-id <audit-account-id> --service-principal config.amazonaws.com && aws configservice put-configuration-aggregator --configuration-aggregator-name org --organization-aggregation-source RoleArn=<role-arn>,AllAwsRegions=true',
    nativeIaC: [
      'OrganizationAggregator:',
      '  Type: AWS::Config::ConfigurationAggregator',
      '  Properties:',
      '    ConfigurationAggregatorName: organization',
      '    OrganizationAggregationSource:',
      '      RoleArn: !GetAtt AggregatorRole.Arn',
      '      AllAwsRegions: true',
    ].join('\n'),
    terraform:
      'resource "aws_organizations_delegated_administrator" "config" {\n  account_id        = var.audit_account_id\n  service_principal = "config.amazonaws.com"\n}\n\nresource "aws_config_configuration_aggregator" "organization" {\n  name = "organization"\n  organization_aggregation_source {\n    all_regions = true\n    role_arn    = aws_iam_role.aggregator.arn\n  }\n}',
  },
  uses: [configDelegatedAdmins, aggregators],
  run(ctx) {
    const resource = ctx.accountResource();
    const admins = ctx.global(configDelegatedAdmins);
    if (!admins.ok) return ctx.error(resource, admins.error, `Could not read the delegated administrators of AWS Config: ${describeCallError(admins.error)}.`);
    if (!admins.data.inOrganization) return ctx.fail(resource, 'This account is not in an AWS Organization, so AWS Config has neither a delegated administrator nor an organization aggregator.');

    const found: string[] = [];
    const partial: string[] = [];
    const failed: Array<{ region: string; error: import('../../../core/types.js').CallError }> = [];
    for (const { region, result } of ctx.regional(aggregators)) {
      if (!result.ok) {
        if (!notAvailableHere(result.error)) failed.push({ region, error: result.error });
        continue;
      }
      for (const a of result.data.filter((x) => x.organization)) (a.allRegions ? found : partial).push(`${a.name} (${region})`);
    }

    const list = admins.data.admins;
    const isAdminHere = list ? list.includes(ctx.account.accountId) : found.length > 0;
    const hasAdmin = list ? list.length > 0 : isAdminHere;
    if (hasAdmin && found.length) {
      return ctx.pass(resource, `AWS Config has a delegated administrator${list ? ` (${list.join(', ')})` : ' (this account)'} and organization aggregator ${found.join(', ')} covers all regions.`);
    }
    if (!found.length && failed.length) {
      const [first] = failed;
      return ctx.error(resource, first.error, `Could not read the configuration aggregators in ${failed.map((f) => f.region).join(', ')}: ${describeCallError(first.error)}.`);
    }
    if (!list && !found.length && !partial.length) {
      return ctx.manual(
        resource,
        'This member account may not list the delegated administrators of AWS Config and holds no organization aggregator: verify from the management account or the delegated administrator account.',
      );
    }
    const problems: string[] = [];
    if (list && !list.length) problems.push('no account is registered as delegated administrator for AWS Config');
    if (!found.length) {
      problems.push(
        partial.length
          ? `organization aggregator ${partial.join(', ')} does not cover all regions`
          : list && list.length && !isAdminHere
            ? `this account holds no organization aggregator covering all regions (the delegated administrator ${list.join(', ')} should: scan it)`
            : 'this account holds no organization aggregator covering all regions',
      );
    }
    ctx.fail(resource, `AWS Config is not administered centrally: ${problems.join('; ')}.`);
  },
});
