import { defineCheck } from '../../../core/check.js';
import { buckets, bucketOwnershipControls } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_acl_prohibited',
  title: 'S3 buckets have ACLs disabled (Object Ownership: bucket owner enforced)',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['identity-access'],
  description:
    'Reads the Object Ownership setting of each bucket and passes when it is BucketOwnerEnforced, which disables every bucket and object ACL so only policies decide access. A bucket without ownership controls behaves as ObjectWriter.',
  risk: 'While ACLs are active, any bucket or object ACL can grant access on its own (to everyone, or to other accounts), outside the policies that are reviewed.',
  remediation: {
    text: 'Set Object Ownership to BucketOwnerEnforced after moving any access still granted by ACLs into the bucket policy.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    nativeIaC:
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced',
  },
  uses: [buckets, bucketOwnershipControls],
  run(ctx) {
    eachBucketWith(ctx, bucketOwnershipControls, (b, own, r) => {
      if (own === 'BucketOwnerEnforced') ctx.pass(r, `Bucket ${b.name} has ACLs disabled (Object Ownership BucketOwnerEnforced).`);
      else ctx.fail(r, `Bucket ${b.name} still honours ACLs (Object Ownership ${own ?? 'not set, which behaves as ObjectWriter'}).`);
    });
  },
});
