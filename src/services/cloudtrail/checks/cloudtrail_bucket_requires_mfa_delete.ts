import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { trailList } from '../collectors.js';
import { buckets, bucketVersioning } from '../../s3/collectors.js';
import { ownTrailBuckets } from '../../s3/bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'cloudtrail_bucket_requires_mfa_delete',
  title: 'CloudTrail log buckets require MFA to delete object versions',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['identity-access', 'forensics-ready'],
  description:
    "For each trail, reads the versioning configuration of the S3 bucket that receives its logs and checks that MFA delete is enabled on it.",
  risk:
    'An intruder with delete rights on the log bucket can permanently erase the log files (and their older versions) that record what they did.',
  remediation: {
    text: "Enable versioning with MFA delete on the trail's log bucket, as the root user with its MFA device.",
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    cli: 'aws s3api put-bucket-versioning --bucket <trail-bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account-id>:mfa/root-account-mfa-device <code>"',
    terraform:
      '# must be applied with the root user\'s credentials; mfa is "<serial-number> <current-code>"\nresource "aws_s3_bucket_versioning" "trail_logs" {\n  bucket = "<trail-bucket-name>"\n  mfa    = "<root-mfa-serial> <code>"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
  },
  uses: [trailList, buckets, bucketVersioning],
  run(ctx) {
    const versioning = ctx.global(bucketVersioning);
    for (const { trail, bucketName, resource: res } of ownTrailBuckets(ctx, 'verify that MFA delete is enabled on it')) {
      const v = entryFor(versioning, bucketName, 's3:GetBucketVersioning');
      if (!v.ok) ctx.error(res, v.error, `Could not read the versioning of trail ${trail.name}'s bucket ${bucketName}: ${describeCallError(v.error)}.`);
      else if (v.data.mfaDelete) ctx.pass(res, `Trail ${trail.name} logs to bucket ${bucketName}, which has MFA delete enabled.`);
      else ctx.fail(res, `Trail ${trail.name} logs to bucket ${bucketName}, which does not have MFA delete enabled.`);
    }
  },
});
