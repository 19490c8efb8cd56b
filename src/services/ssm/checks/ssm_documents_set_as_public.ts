import { defineCheck } from '../../../core/check.js';
import { accountRelation } from '../../../lib/iam-policy/index.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { describeCallError } from '../../../aws/errors.js';
import { organization, organizationAccounts } from '../../organizations/collectors.js';
import { trustContext } from '../../iam/identity-checks.js';
import { documentPermissions, documents } from '../collectors.js';

export default defineCheck({
  id: 'ssm_documents_set_as_public',
  title: 'Systems Manager documents are not shared publicly or with unknown accounts',
  service: 'ssm',
  severity: 'high',
  resourceType: 'AwsSsmPatchCompliance',
  categories: ['identity-access', 'internet-exposed'],
  description:
    'Reads the sharing permissions of every Systems Manager document this account owns: a document shared with "all" is public; one shared with accounts outside this account, trusted_account_ids and the Organization (when its account list is readable) is shared with strangers.',
  risk: 'Documents often embed scripts, internal host names, parameters and sometimes credentials; a public document exposes them to every AWS customer and can be run by anyone in their own accounts.',
  remediation: {
    text: 'Remove the "all" permission (and any unknown account) from the document. Turn on the account setting that blocks public sharing of SSM documents.',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html#block-public-access',
    cli: 'aws ssm modify-document-permission --name <document> --permission-type Share --account-ids-to-remove all',
    terraform:
      'resource "aws_ssm_document" "this" {\n  name            = "<document-name>"\n  document_type   = "Command"\n  content         = file("<document.json>")\n  permissions = {\n    type        = "Share"\n    account_ids = "<trusted-account-id>"\n  }\n}\n\nresource "aws_ssm_service_setting" "block_public_sharing" {\n  setting_id    = "/ssm/documents/console/public-sharing-permission"\n  setting_value = "Disable"\n}',
  },
  params: { trusted_account_ids: [] as string[] },
  uses: [documents, documentPermissions, organization, organizationAccounts],
  run(ctx) {
    const t = trustContext(ctx);
    for (const { region, item, entry } of listedWith(ctx, documents, documentPermissions, 'Systems Manager documents')) {
      const resource = { arn: item.arn, id: item.name, name: item.name, region, tags: item.tags };
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the sharing of document ${item.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      if (entry.data.some((a) => a.toLowerCase() === 'all')) {
        ctx.fail(resource, `SSM document ${item.name} is public (shared with all AWS accounts).`);
        continue;
      }
      const outside = entry.data.filter((a) => accountRelation(a, t) === 'external');
      if (outside.length) ctx.fail(resource, `SSM document ${item.name} is shared with accounts outside this account, the trusted accounts and the Organization: ${outside.join(', ')}.`);
      else if (entry.data.length) ctx.pass(resource, `SSM document ${item.name} is shared only with trusted or Organization accounts (${entry.data.join(', ')}).`);
      else ctx.pass(resource, `SSM document ${item.name} is not shared.`);
    }
  },
});
