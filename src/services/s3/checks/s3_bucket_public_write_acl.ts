import { defineCheck } from '../../../core/check.js';
import { accountPublicAccessBlock, bucketAcls, bucketOwnershipControls, bucketPublicAccessBlocks, buckets } from '../collectors.js';
import { WRITE_PERMISSIONS, aclExposure, blockSources, bucketError, bucketResource, bucketsInScope, effective } from '../bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 's3_bucket_public_write_acl',
  title: 'S3 bucket ACLs do not let the public write to the bucket',
  service: 's3',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  description:
    'Reads each bucket ACL for WRITE, WRITE_ACP or FULL_CONTROL grants to AllUsers (anyone) or AuthenticatedUsers (any AWS account, which is just as public). Such a grant is harmless when IgnorePublicAcls is on for the bucket or the account, or when Object Ownership BucketOwnerEnforced disables ACLs; BlockPublicAcls alone does not remove an existing grant.',
  risk: 'Anyone can upload, overwrite or delete objects (WRITE) or rewrite the bucket ACL itself (WRITE_ACP): data loss, malware hosting and storage bills.',
  remediation: {
    text: 'Remove the grants to AllUsers and AuthenticatedUsers (aws s3api put-bucket-acl --acl private), set Object Ownership to BucketOwnerEnforced, and turn on IgnorePublicAcls.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html',
    cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform:
      'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}\n\nresource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = "<bucket-name>"\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true',
  },
  uses: [buckets, bucketAcls, bucketOwnershipControls, bucketPublicAccessBlocks, accountPublicAccessBlock],
  run(ctx) {
    const acls = ctx.global(bucketAcls);
    const ownership = ctx.global(bucketOwnershipControls);
    for (const b of bucketsInScope(ctx) ?? []) {
      const e = aclExposure(entryFor(acls, b.name, 's3:GetBucketAcl'), effective('ignorePublicAcls', blockSources(ctx, b)), {
        ownership: entryFor(ownership, b.name, 's3:GetBucketOwnershipControls'),
        permissions: WRITE_PERMISSIONS,
      });
      if ('error' in e) bucketError(ctx, b, e.error);
      else if (e.exposed) ctx.fail(bucketResource(b), `Bucket ${b.name} lets the public write to it: ${e.reason}.`);
      else ctx.pass(bucketResource(b), `Bucket ${b.name} does not let the public write to it through its ACL: ${e.reason}.`);
    }
  },
});
