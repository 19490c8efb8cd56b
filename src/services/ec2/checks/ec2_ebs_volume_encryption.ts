import { defineCheck } from '../../../core/check.js';
import { volumes } from '../collectors.js';
import { forEachRegional } from '../shared.js';

export default defineCheck({
  id: 'ec2_ebs_volume_encryption',
  title: 'EBS volumes are encrypted',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Volume',
  categories: ['encryption'],
  description: 'Checks that every EBS volume, attached or not, is encrypted at rest.',
  risk:
    'Unencrypted volumes produce unencrypted snapshots that can be copied or shared out of the account, and their data is not protected by a KMS key policy you control.',
  remediation: {
    text: 'EBS cannot encrypt a volume in place: snapshot it, copy the snapshot with encryption enabled, create a volume from the copy and swap it in. Turn on EBS encryption by default so new volumes are encrypted.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snap-id> --encrypted --kms-key-id <key-id>',
    terraform:
      'resource "aws_ebs_volume" "this" {\n  availability_zone = "<availability-zone>"\n  snapshot_id       = "<encrypted-snapshot-copy-id>"\n  encrypted         = true\n  kms_key_id        = "<kms-key-arn>"\n}',
    nativeIaC:
      'Resources:\n  Volume:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: <availability-zone>\n      SnapshotId: <encrypted-snapshot-copy-id>\n      Encrypted: true\n      KmsKeyId: <kms-key-arn>',
  },
  uses: [volumes],
  run(ctx) {
    forEachRegional(ctx, volumes, (region, v) => {
      const resource = { arn: v.arn, id: v.id, ...(v.name ? { name: v.name } : {}), region, tags: v.tags };
      const label = v.name ? `${v.id} (${v.name})` : v.id;
      const where = v.attachedTo.length ? `attached to ${v.attachedTo.join(', ')}` : 'not attached';
      if (v.encrypted) ctx.pass(resource, `EBS volume ${label} is encrypted${v.kmsKeyId ? ` with ${v.kmsKeyId}` : ''}.`);
      else ctx.fail(resource, `EBS volume ${label} (${where}) is not encrypted.`);
    });
  },
});
