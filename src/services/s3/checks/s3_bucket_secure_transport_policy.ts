import { defineCheck } from '../../../core/check.js';
import { deniesInsecureTransport } from '../../../lib/iam-policy/index.js';
import { bucketPolicies, buckets } from '../collectors.js';
import { bucketError, bucketResource, bucketsInScope } from '../bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 's3_bucket_secure_transport_policy',
  title: 'S3 bucket policies deny requests that do not use TLS',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['encryption'],
  description:
    'Reads each bucket policy and checks for a statement that denies every S3 action to every principal when aws:SecureTransport is false.',
  risk: 'Requests over plain HTTP expose object data and request signatures to anyone on the network path, and allow tampering in transit.',
  remediation: {
    text: 'Add a Deny statement for all principals and s3:* on the bucket and its objects, with the condition Bool aws:SecureTransport = false.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyPlainHttp","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'',
    terraform:
      'resource "aws_s3_bucket_policy" "this" {\n  bucket = "<bucket-name>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyInsecureTransport"\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = ["arn:aws:s3:::<bucket-name>", "arn:aws:s3:::<bucket-name>/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: <bucket-name>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: \'*\'\n            Action: s3:*\n            Resource:\n              - arn:aws:s3:::<bucket-name>\n              - arn:aws:s3:::<bucket-name>/*\n            Condition:\n              Bool:\n                aws:SecureTransport: \'false\'',
  },
  uses: [buckets, bucketPolicies],
  run(ctx) {
    const all = ctx.global(bucketPolicies);
    for (const b of bucketsInScope(ctx) ?? []) {
      const policy = entryFor(all, b.name, 's3:GetBucketPolicy');
      if (!policy.ok) bucketError(ctx, b, policy.error);
      else if (policy.data === null) ctx.fail(bucketResource(b), `Bucket ${b.name} has no bucket policy, so requests over plain HTTP are not denied.`);
      else if (deniesInsecureTransport(policy.data)) ctx.pass(bucketResource(b), `Bucket ${b.name} has a policy that denies requests without TLS.`);
      else ctx.fail(bucketResource(b), `Bucket ${b.name} has a bucket policy, but it does not deny requests over plain HTTP.`);
    }
  },
});
