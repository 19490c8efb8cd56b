import { defineCheck } from '../../../core/check.js';
import { accountPublicAccessBlock, bucketAcls, bucketOwnershipControls, bucketPolicies, bucketPublicAccessBlocks, buckets } from '../collectors.js';
import { blockSources, bucketError, bucketPublicity, bucketResource, bucketsInScope } from '../bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 's3_bucket_public_access',
  title: 'S3 buckets are not readable or writable by the public',
  service: 's3',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  description:
    'Judges every way a bucket becomes public: ACL grants to AllUsers or AuthenticatedUsers (any AWS account), and bucket policy statements open to Principal "*" without a condition narrowing them to the account, an organization or a network. Block Public Access at the bucket or account level is honoured: IgnorePublicAcls (or Object Ownership BucketOwnerEnforced) neutralises ACLs and RestrictPublicBuckets neutralises public policies; BlockPublicAcls and BlockPublicPolicy alone leave existing grants in force.',
  risk: 'A public bucket lets anyone on the internet list, download, and possibly change or delete its data: the most common cause of cloud data breaches.',
  remediation: {
    text: 'Enable all four Block Public Access settings at the account level (or on the bucket), remove public grants from the ACL and the bucket policy, and disable ACLs with Object Ownership BucketOwnerEnforced. Serve public content through CloudFront with origin access control instead.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced',
  },
  uses: [buckets, bucketAcls, bucketPolicies, bucketOwnershipControls, bucketPublicAccessBlocks, accountPublicAccessBlock],
  run(ctx) {
    const acls = ctx.global(bucketAcls);
    const policies = ctx.global(bucketPolicies);
    const ownership = ctx.global(bucketOwnershipControls);
    for (const b of bucketsInScope(ctx) ?? []) {
      const p = bucketPublicity(
        blockSources(ctx, b),
        entryFor(acls, b.name, 's3:GetBucketAcl'),
        entryFor(policies, b.name, 's3:GetBucketPolicy'),
        entryFor(ownership, b.name, 's3:GetBucketOwnershipControls'),
        ctx.account.accountId,
      );
      // A proven exposure is reported even when another mechanism could not be read.
      if (p.exposures.length) ctx.fail(bucketResource(b), `Bucket ${b.name} is public: ${p.exposures.join('; ')}.`);
      else if (p.error) bucketError(ctx, b, p.error);
      else ctx.pass(bucketResource(b), `Bucket ${b.name} is not public: ${p.safe.join('; ')}.`);
    }
  },
});
