import { defineCheck } from '../../../core/check.js';
import { hub } from '../collectors.js';

export default defineCheck({
  id: 'securityhub_enabled',
  title: 'AWS Security Hub is enabled in every region',
  service: 'securityhub',
  severity: 'high',
  resourceType: 'Other',
  categories: [],
  description: 'For each scanned region, asks Security Hub for the account\'s hub and reports whether the account is subscribed there.',
  risk: 'Without Security Hub, findings from GuardDuty, Inspector, Macie, IAM Access Analyzer and the security standards\' controls are not gathered and prioritised in that region, so problems are noticed late or not at all.',
  remediation: {
    text: 'Enable Security Hub in each region (for an organization, through the delegated administrator with central configuration) and turn on the security standards you follow.',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
    terraform: 'resource "aws_securityhub_account" "this" {}',
    nativeIaC:
      'Resources:\n  SecurityHub:\n    Type: AWS::SecurityHub::Hub',
  },
  uses: [hub],
  run(ctx) {
    for (const { region, result } of ctx.regional(hub)) {
      const account = ctx.accountResource(region);
      if (!result.ok) ctx.error(account, result.error);
      else if (result.data.enabled) {
        ctx.pass(result.data.hubArn ? { ...account, details: { hub: result.data.hubArn } } : account, `AWS Security Hub is enabled in ${region}.`);
      } else ctx.fail(account, `AWS Security Hub is not enabled in ${region}.`);
    }
  },
});
