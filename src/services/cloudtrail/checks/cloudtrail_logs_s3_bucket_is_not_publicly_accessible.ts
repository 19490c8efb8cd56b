import { defineCheck } from '../../../core/check.js';
import type { ResourceRef } from '../../../core/types.js';
import { describeCallError } from '../../../aws/errors.js';
import { trailList } from '../collectors.js';
import { accountPublicAccessBlock, bucketAcls, bucketPolicies, bucketPublicAccessBlocks, buckets } from '../../s3/collectors.js';
import { aclExposure, blockSources, bucketResource, effective, foreignBucketMessage, policyExposure, trailBuckets, type TrailBucket } from '../../s3/bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'cloudtrail_logs_s3_bucket_is_not_publicly_accessible',
  title: 'CloudTrail log buckets are not publicly accessible',
  service: 'cloudtrail',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  description:
    "For each bucket that receives CloudTrail logs, checks its ACL for grants to AllUsers or AuthenticatedUsers and its bucket policy for statements open to anyone, taking the bucket's and the account's Block Public Access settings into account.",
  risk:
    'Public CloudTrail logs hand attackers a map of the account (identities, resources, IP addresses, API usage) and may let them alter the audit record.',
  remediation: {
    text: 'Remove public ACL grants and public policy statements from the log bucket, and turn on Block Public Access for it (or for the account).',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
    cli: 'aws s3api put-public-access-block --bucket <trail-bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "trail_logs" {\n  bucket                  = "<trail-bucket-name>"\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC:
      'Resources:\n  TrailBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: <trail-bucket-name>\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true',
  },
  uses: [trailList, buckets, bucketAcls, bucketPolicies, bucketPublicAccessBlocks, accountPublicAccessBlock],
  run(ctx) {
    // One finding per log bucket, naming every trail that writes to it.
    const byBucket = new Map<string, TrailBucket[]>();
    for (const tb of trailBuckets(ctx)) byBucket.set(tb.bucketName, [...(byBucket.get(tb.bucketName) ?? []), tb]);
    const acls = ctx.global(bucketAcls);
    const policies = ctx.global(bucketPolicies);

    for (const [name, group] of byBucket) {
      const { bucket } = group[0];
      const trails = group.map((g) => g.trail);
      const of = `CloudTrail log bucket ${name} (trail${trails.length > 1 ? 's' : ''} ${trails.map((t) => t.name).join(', ')})`;
      const res: ResourceRef =
        bucket.ok && bucket.data
          ? bucketResource(bucket.data)
          : { arn: `arn:${ctx.account.partition}:s3:::${name}`, id: name, name, region: trails[0].homeRegion };
      if (!bucket.ok) {
        ctx.error(res, bucket.error, `Could not tell whether ${of} is in this account: ${describeCallError(bucket.error)}.`);
        continue;
      }
      if (!bucket.data) {
        ctx.manual(res, foreignBucketMessage(trails, name, 'verify that it is not publicly accessible'));
        continue;
      }
      const src = blockSources(ctx, bucket.data);
      const exposures = [
        aclExposure(entryFor(acls, name, 's3:GetBucketAcl'), effective('ignorePublicAcls', src)),
        policyExposure(entryFor(policies, name, 's3:GetBucketPolicy'), effective('restrictPublicBuckets', src), { accountId: ctx.account.accountId }),
      ];
      const exposed = exposures.flatMap((e) => ('exposed' in e && e.exposed ? [e.reason] : []));
      const unknown = exposures.find((e) => 'error' in e);
      if (exposed.length > 0) ctx.fail(res, `${of} is publicly accessible: ${exposed.join('; ')}.`);
      else if (unknown && 'error' in unknown) ctx.error(res, unknown.error, `Could not evaluate ${of}: ${describeCallError(unknown.error)}.`);
      else ctx.pass(res, `${of} is not publicly accessible: ${exposures.map((e) => ('reason' in e ? e.reason : '')).join('; ')}.`);
    }
  },
});
