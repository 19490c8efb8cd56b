import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { accountPublicAccessBlock, bucketOwnershipControls, bucketPublicAccessBlocks, buckets, objectAcls, OBJECT_SAMPLE } from '../collectors.js';
import { PUBLIC_GROUPS, eachBucketWith } from '../bucket-access.js';

export default defineCheck({
  id: 's3_bucket_object_public',
  title: 'S3 objects are not made public through their own ACLs',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  description:
    `Reads the ACL of the first ${OBJECT_SAMPLE} objects of each bucket and fails the bucket when one grants anything to AllUsers (anyone) or AuthenticatedUsers (any AWS account). ` +
    'Buckets where object ACLs have no effect are not read object by object and pass: Object Ownership BucketOwnerEnforced disables ACLs, and IgnorePublicAcls (on the bucket or the account) makes S3 disregard public grants. ' +
    'A bucket policy that makes objects public is judged by s3_bucket_public_access, not here.',
  risk: 'An object ACL can publish one file of an otherwise private bucket, unnoticed by anyone who only reviews the bucket policy and bucket ACL.',
  remediation: {
    text: 'Set Object Ownership to BucketOwnerEnforced (which disables every ACL) or turn on IgnorePublicAcls; to keep ACLs, reset the public objects to the private canned ACL.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]  # or: aws s3api put-object-acl --bucket <bucket> --key <key> --acl private',
    nativeIaC: 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    OwnershipControls:\n      Rules:\n        - ObjectOwnership: BucketOwnerEnforced\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      IgnorePublicAcls: true\n      BlockPublicPolicy: true\n      RestrictPublicBuckets: true',
    terraform: 'resource "aws_s3_bucket_ownership_controls" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  uses: [buckets, objectAcls, bucketOwnershipControls, bucketPublicAccessBlocks, accountPublicAccessBlock],
  run(ctx) {
    eachBucketWith(ctx, objectAcls, (b, s, resource) => {
      const B = `Bucket ${b.name}`;
      if (s.skipped) return ctx.pass(resource, `${B} has no object made public through an ACL: ${s.skipped}.`);
      if (s.publicObjects.length) {
        const shown = s.publicObjects.slice(0, 5).map((o) => `${o.key} (${o.grants.map((g) => `${g.permission} to ${PUBLIC_GROUPS[g.uri ?? ''] ?? g.uri}`).join(', ')})`);
        const more = s.publicObjects.length > shown.length ? ` and ${s.publicObjects.length - shown.length} more` : '';
        return ctx.fail(resource, `${B} holds objects whose ACL makes them public: ${shown.join('; ')}${more}.`);
      }
      if (s.unreadable && s.error) {
        return ctx.error(resource, s.error, `Could not evaluate bucket ${b.name}: the ACL of ${s.unreadable} of its ${s.sampled} sampled objects could not be read (${describeCallError(s.error)}).`);
      }
      if (!s.sampled) return ctx.pass(resource, `${B} holds no objects.`);
      ctx.pass(resource, `${B} has no public object ACL among ${s.truncated ? `the first ${s.sampled} of its objects` : `its ${s.sampled} object${s.sampled === 1 ? '' : 's'}`}.`);
    });
  },
});
