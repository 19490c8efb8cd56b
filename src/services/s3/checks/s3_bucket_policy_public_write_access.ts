import { defineCheck } from '../../../core/check.js';
import { accountPublicAccessBlock, bucketPolicies, bucketPublicAccessBlocks, buckets } from '../collectors.js';
import { blockSources, bucketError, bucketResource, bucketsInScope, effective, policyExposure } from '../bucket-access.js';
import { entryFor } from '../../../lib/resource-policy.js';

/**
 * Write actions, as wildcard families (which match statements such as "s3:Put*" or "s3:*") and as
 * common concrete actions (which match statements such as "s3:*Object").
 */
export const S3_WRITE_ACTIONS = [
  's3:Put*',
  's3:Delete*',
  's3:Restore*',
  's3:Replicate*',
  's3:Abort*',
  's3:Bypass*',
  's3:ObjectOwnerOverrideToBucketOwner',
  's3:PutObject',
  's3:PutObjectAcl',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:RestoreObject',
  's3:AbortMultipartUpload',
  's3:ReplicateObject',
  's3:PutBucketPolicy',
  's3:PutBucketAcl',
  's3:DeleteBucket',
];

export default defineCheck({
  id: 's3_bucket_policy_public_write_access',
  title: 'S3 bucket policies do not let the public write to the bucket',
  service: 's3',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  description:
    'Analyses each bucket policy for Allow statements that give anyone (Principal "*" without a condition that narrows it to known accounts, organisations or networks) a write or delete action, and treats them as harmless only when RestrictPublicBuckets is on for the bucket or the account.',
  risk:
    'Anyone on the internet could upload, overwrite or delete objects, or change the bucket configuration: data loss, malware hosting and unexpected storage costs.',
  remediation: {
    text: 'Remove public write permissions from the bucket policy (name the accounts or roles that need access, or add an aws:PrincipalOrgID condition), and turn on RestrictPublicBuckets.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_policy" "this" {\n  bucket = "<bucket-name>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "OrgWritersOnly"\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:PutObject"\n      Resource  = "arn:aws:s3:::<bucket-name>/*"\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "<org-id>" } }\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: <bucket-name>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Sid: OrgWritersOnly\n            Effect: Allow\n            Principal: \'*\'\n            Action: s3:PutObject\n            Resource: arn:aws:s3:::<bucket-name>/*\n            Condition:\n              StringEquals:\n                aws:PrincipalOrgID: <org-id>',
  },
  uses: [buckets, bucketPolicies, bucketPublicAccessBlocks, accountPublicAccessBlock],
  run(ctx) {
    const policies = ctx.global(bucketPolicies);
    for (const b of bucketsInScope(ctx) ?? []) {
      const restrict = effective('restrictPublicBuckets', blockSources(ctx, b));
      const exposure = policyExposure(entryFor(policies, b.name, 's3:GetBucketPolicy'), restrict, {
        accountId: ctx.account.accountId,
        actions: S3_WRITE_ACTIONS,
        what: 'write access',
      });
      if ('error' in exposure) bucketError(ctx, b, exposure.error);
      else if (exposure.exposed) ctx.fail(bucketResource(b), `Bucket ${b.name} is publicly writable: ${exposure.reason}.`);
      else ctx.pass(bucketResource(b), `Bucket ${b.name} is not publicly writable: ${exposure.reason}.`);
    }
  },
});
