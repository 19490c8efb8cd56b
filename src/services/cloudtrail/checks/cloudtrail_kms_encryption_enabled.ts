import { defineCheck } from '../../../core/check.js';
import { trailList } from '../collectors.js';
import { trailResource, homedTrails } from '../trail-helpers.js';

export default defineCheck({
  id: 'cloudtrail_kms_encryption_enabled',
  title: 'CloudTrail trails encrypt their log files with a KMS key',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['encryption'],
  description:
    'For every trail, checks whether log files delivered to S3 are encrypted with an AWS KMS key (SSE-KMS) instead of only the default S3-managed encryption.',
  risk:
    'With S3-managed keys, anyone who can read the log bucket can read the audit trail. A KMS key adds a second, separately audited permission (kms:Decrypt) that an attacker or an over-privileged insider also needs.',
  remediation: {
    text: 'Create or choose a customer managed KMS key whose policy lets CloudTrail encrypt and your auditors decrypt, then set it as the trail\'s KMS key.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn-or-alias>',
    terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  kms_key_id = aws_kms_key.trail.arn\n}',
    nativeIaC:
      'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: <trail-bucket-name>\n      KMSKeyId: <kms-key-arn>',
  },
  uses: [trailList],
  run(ctx) {
    for (const t of homedTrails(ctx, trailList)) {
      if (t.kmsKeyId) ctx.pass(trailResource(t), `Trail ${t.name} encrypts its log files with KMS key ${t.kmsKeyId}.`);
      else ctx.fail(trailResource(t), `Trail ${t.name} does not encrypt its log files with a KMS key (only S3-managed encryption).`);
    }
  },
});
