import { defineCheck } from '../../../core/check.js';
import { organizationsFeatures } from '../collectors.js';

export default defineCheck({
  id: 'iam_root_credentials_management_enabled',
  title: 'Centralized root access manages member account root credentials',
  service: 'iam',
  severity: 'high',
  resourceType: 'Other',
  categories: ['identity-access', 'secrets'],
  description:
    "Checks, from the organization's management account or IAM delegated administrator, that centralized root access has root credentials management enabled, so member accounts can run without root passwords, keys or MFA. Accounts outside an organization get no finding; member accounts get a MANUAL finding because only the management side can read the setting.",
  risk: 'Without central management every member account keeps a long-lived root user whose password can be recovered through its email address, multiplying the number of unrestricted identities to protect.',
  remediation: {
    text: 'In the management account, enable trusted access for IAM in AWS Organizations and turn on root credentials management, then delete the root credentials of member accounts.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
    cli: 'aws organizations enable-aws-service-access --service-principal iam.amazonaws.com && aws iam enable-organizations-root-credentials-management',
    terraform:
      'resource "aws_organizations_organization" "this" {\n  aws_service_access_principals = ["iam.amazonaws.com"]\n  feature_set                   = "ALL"\n}\n\nresource "aws_iam_organizations_features" "this" {\n  enabled_features = ["RootCredentialsManagement", "RootSessions"]\n}',
  },
  uses: [organizationsFeatures],
  run(ctx) {
    const account = ctx.accountResource();
    const features = ctx.global(organizationsFeatures);
    if (!features.ok) return ctx.error(account, features.error);
    const f = features.data;
    switch (f.status) {
      case 'no-organization':
        return; // Centralized root access only exists for accounts in an organization.
      case 'not-management-account':
        return ctx.manual(
          account,
          'This account is not the management account or IAM delegated administrator of its organization; verify there that root credentials management is enabled (aws iam list-organizations-features).',
        );
      case 'not-all-features':
        return ctx.fail(account, 'The organization does not have all features enabled, so centralized root access cannot be used.');
      case 'trusted-access-disabled':
        return ctx.fail(account, 'Trusted access for IAM is not enabled in AWS Organizations, so root credentials are not centrally managed.');
      case 'available': {
        const org = f.organizationId ? `Organization ${f.organizationId}` : 'The organization';
        if (f.enabledFeatures.includes('RootCredentialsManagement')) return ctx.pass(account, `${org} has centralized root credentials management enabled.`);
        return ctx.fail(account, `${org} does not have centralized root credentials management enabled.`);
      }
    }
  },
});
