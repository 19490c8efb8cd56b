import { defineCheck } from '../../../core/check.js';
import { samlProviders } from '../policies.js';

export default defineCheck({
  id: 'iam_check_saml_providers_sts',
  title: 'A SAML identity provider is configured so that users sign in through federation',
  service: 'iam',
  severity: 'low',
  resourceType: 'Other',
  categories: ['identity-access'],
  description:
    'Checks that the account has at least one IAM SAML identity provider (created by your own IdP integration or by IAM Identity Center), a sign that people reach the account through central, federated identities rather than IAM users.',
  risk:
    'Accounts managed with individual IAM users rely on long-lived passwords and keys that are provisioned and removed by hand, so leavers keep access and policies such as MFA are enforced unevenly.',
  remediation: {
    text: 'Federate access through IAM Identity Center or your corporate identity provider (SAML 2.0) and let users assume roles instead of holding IAM user credentials.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml.html',
    cli: 'aws iam create-saml-provider --name <idp-name> --saml-metadata-document file://metadata.xml',
    terraform:
      'resource "aws_iam_saml_provider" "corporate" {\n  name                   = "<idp-name>"\n  saml_metadata_document = file("<saml-metadata.xml>")\n}',
    nativeIaC:
      'Resources:\n  CorporateIdP:\n    Type: AWS::IAM::SAMLProvider\n    Properties:\n      Name: <idp-name>\n      SamlMetadataDocument: <saml-metadata-xml>',
  },
  uses: [samlProviders],
  run(ctx) {
    const account = ctx.accountResource();
    const providers = ctx.global(samlProviders);
    if (!providers.ok) return ctx.error(account, providers.error);
    const names = providers.data.map((p) => p.name);
    if (names.length) {
      const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
      ctx.pass(account, `The account has ${names.length} SAML identity provider${names.length > 1 ? 's' : ''}: ${shown}.`);
    } else {
      ctx.fail(account, 'The account has no SAML identity provider, so sign-in is not federated through SAML or IAM Identity Center.');
    }
  },
});
