import { defineCheck } from '../../../core/check.js';
import { ebsEncryptionByDefault } from '../collectors.js';

export default defineCheck({
  id: 'ec2_ebs_default_encryption',
  title: 'EBS encryption by default is enabled in every region',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['encryption'],
  description: 'Reads the account setting that makes EC2 encrypt every new EBS volume and snapshot copy, in each scanned region.',
  risk:
    'Without the setting, encryption depends on every person and template remembering to ask for it; one unencrypted volume is enough for sensitive data to end up in shareable, unencrypted snapshots.',
  remediation: {
    text: 'Enable EBS encryption by default in every region you use (it is a per-region setting), optionally choosing a customer managed KMS key as the default key.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    terraform:
      'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}\n\nresource "aws_ebs_default_kms_key" "this" {\n  key_arn = "<kms-key-arn>"\n}',
  },
  uses: [ebsEncryptionByDefault],
  run(ctx) {
    for (const { region, result } of ctx.regional(ebsEncryptionByDefault)) {
      const account = ctx.accountResource(region);
      if (!result.ok) ctx.error(account, result.error);
      else if (result.data.enabled) ctx.pass(account, `EBS encryption by default is enabled in ${region}.`);
      else ctx.fail(account, `EBS encryption by default is not enabled in ${region}.`);
    }
  },
});
