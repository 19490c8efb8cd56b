import { defineCheck } from '../../../core/check.js';
import { session } from '../collectors.js';

export default defineCheck({
  id: 'macie_is_enabled',
  title: 'Amazon Macie is enabled in every region',
  service: 'macie',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['secrets', 'forensics-ready'],
  description:
    'For each scanned region, reads the account\'s Macie session and reports whether Macie is enabled. A suspended (paused) Macie account fails, as does a region where Macie was never enabled.',
  risk: 'Without Macie, sensitive data such as personal information or credentials stored in S3 buckets, and buckets that become public or shared, are not discovered or reported.',
  remediation: {
    text: 'Enable Amazon Macie in each region (for an organization, through the Macie delegated administrator) and configure sensitive data discovery for the buckets that matter.',
    url: 'https://docs.aws.amazon.com/macie/latest/user/getting-started.html',
    cli: 'aws macie2 enable-macie --region <region>',
    terraform: 'resource "aws_macie2_account" "this" {}',
    nativeIaC:
      'Resources:\n  Macie:\n    Type: AWS::Macie::Session\n    Properties:\n      Status: ENABLED\n      FindingPublishingFrequency: FIFTEEN_MINUTES',
  },
  uses: [session],
  run(ctx) {
    for (const { region, result } of ctx.regional(session)) {
      const account = ctx.accountResource(region);
      if (!result.ok) ctx.error(account, result.error);
      else if (result.data.status === 'ENABLED') ctx.pass(account, `Amazon Macie is enabled in ${region}.`);
      else if (result.data.status === 'PAUSED') ctx.fail(account, `Amazon Macie is suspended in ${region}.`);
      else ctx.fail(account, `Amazon Macie is not enabled in ${region}.`);
    }
  },
});
