import { defineCheck } from '../../../core/check.js';
import { buckets, bucketVersioning } from '../collectors.js';
import { bucketError, bucketResource, bucketsInScope } from '../bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 's3_bucket_no_mfa_delete',
  title: 'S3 buckets require MFA to delete object versions',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['identity-access'],
  description:
    "Reads each bucket's versioning configuration and checks that MFA delete is enabled, so permanently deleting a version or changing the versioning state needs the root user's MFA code.",
  risk:
    'Without MFA delete, stolen credentials with delete permissions are enough to destroy every version of an object, defeating versioning as a recovery mechanism.',
  remediation: {
    text: 'Enable versioning with MFA delete. Only the root user can do this, with its MFA device, through the API or CLI (not the console).',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account-id>:mfa/root-account-mfa-device <code>"',
    terraform:
      '# must be applied with the root user\'s credentials; mfa is "<serial-number> <current-code>"\nresource "aws_s3_bucket_versioning" "this" {\n  bucket = "<bucket-name>"\n  mfa    = "<root-mfa-serial> <code>"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
  },
  uses: [buckets, bucketVersioning],
  run(ctx) {
    const all = ctx.global(bucketVersioning);
    for (const b of bucketsInScope(ctx) ?? []) {
      const v = entryFor(all, b.name, 's3:GetBucketVersioning');
      if (!v.ok) bucketError(ctx, b, v.error);
      else if (v.data.mfaDelete) ctx.pass(bucketResource(b), `Bucket ${b.name} has MFA delete enabled.`);
      else {
        const versioning = v.data.status === 'Enabled' ? 'enabled' : v.data.status === 'Suspended' ? 'suspended' : 'never enabled';
        ctx.fail(bucketResource(b), `Bucket ${b.name} does not have MFA delete enabled (versioning is ${versioning}).`);
      }
    }
  },
});
