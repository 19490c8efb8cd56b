import { defineCheck } from '../../../core/check.js';
import { accountPublicAccessBlock, bucketPublicAccessBlocks, buckets } from '../collectors.js';
import { ALL_SETTINGS, SETTING_NAMES, blockSources, bucketError, bucketResource, bucketsInScope, effective, isError } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_level_public_access_block',
  title: 'S3 buckets have Block Public Access fully enabled',
  service: 's3',
  severity: 'high',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  description:
    'For each bucket, combines its own Block Public Access settings with the account-wide ones and checks that all four settings are in force, from either level.',
  risk:
    'A bucket without Block Public Access can be made public by one ACL or policy change, exposing or letting strangers tamper with its objects.',
  remediation: {
    text: 'Enable all four Block Public Access settings on the bucket, or once for the whole account.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true',
  },
  uses: [buckets, bucketPublicAccessBlocks, accountPublicAccessBlock],
  run(ctx) {
    for (const b of bucketsInScope(ctx) ?? []) {
      const src = blockSources(ctx, b);
      const settings = ALL_SETTINGS.map((s) => ({ s, on: effective(s, src) }));
      const off = settings.filter((x) => x.on === false).map((x) => SETTING_NAMES[x.s]);
      const unknown = settings.find((x) => isError(x.on));
      if (off.length > 0) {
        ctx.fail(bucketResource(b), `Bucket ${b.name} does not block public access: ${off.join(', ')} off at both bucket and account level.`);
      } else if (unknown && isError(unknown.on)) {
        bucketError(ctx, b, unknown.on);
      } else {
        const byAccount = ALL_SETTINGS.every((s) => src.account.ok && src.account.data?.[s]);
        const byBucket = ALL_SETTINGS.every((s) => src.bucket.ok && src.bucket.data?.[s]);
        const level = byBucket ? 'its own settings' : byAccount ? 'the account-level settings' : 'its own and the account-level settings together';
        ctx.pass(bucketResource(b), `Bucket ${b.name} blocks public access through ${level}.`);
      }
    }
  },
});
