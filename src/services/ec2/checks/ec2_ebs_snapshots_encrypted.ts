import { defineCheck } from '../../../core/check.js';
import { snapshots } from '../collectors.js';
import { forEachRegional, simpleResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_ebs_snapshots_encrypted',
  title: 'EBS snapshots are encrypted',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['encryption'],
  description: 'Checks that every EBS snapshot the account owns is encrypted.',
  risk: 'An unencrypted snapshot holds a full copy of a disk in clear form; anyone it is shared with, or who gains snapshot permissions, can restore and read it without any key.',
  remediation: {
    text: 'Copy unencrypted snapshots with encryption enabled (a KMS key you control), delete the unencrypted originals, and turn on EBS encryption by default.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted --kms-key-id <key-id>',
    terraform:
      'resource "aws_ebs_snapshot_copy" "encrypted" {\n  source_snapshot_id = "<snapshot-id>"\n  source_region      = "<region>"\n  encrypted          = true\n  kms_key_id         = "<kms-key-arn>"\n}',
  },
  uses: [snapshots],
  run(ctx) {
    forEachRegional(ctx, snapshots, (region, s) => {
      if (s.encrypted) ctx.pass(simpleResource(region, s), `Snapshot ${s.id} is encrypted.`);
      else ctx.fail(simpleResource(region, s), `Snapshot ${s.id}${s.volumeId ? ` of ${s.volumeId}` : ''} is not encrypted.`);
    });
  },
});
