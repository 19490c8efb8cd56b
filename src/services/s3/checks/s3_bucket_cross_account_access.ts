import { defineCheck } from '../../../core/check.js';
import { buckets, bucketPolicies } from '../collectors.js';
import { eachBucketWith } from '../bucket-access.js';
import { crossAccountGrants } from '../../../lib/cross-account.js';

export default defineCheck({
  id: 's3_bucket_cross_account_access',
  title: 'S3 bucket policies do not grant access to other AWS accounts',
  service: 's3',
  severity: 'high',
  resourceType: 'AwsS3Bucket',
  categories: ['identity-access', 'trust-boundaries'],
  description:
    'Analyses each bucket policy for Allow statements that reach outside the account: principals of other AWS accounts (not listed in trusted_account_ids) and Principal "*" without a condition tying it to this account, an organization or a network. Service principals are not counted.',
  risk: 'Another account that can read or write the bucket is outside your control: its compromise, or a mistyped account id, exposes or corrupts your data.',
  remediation: {
    text: 'Remove statements that grant other accounts access, or restrict them to known accounts (add them to trusted_account_ids once reviewed) and to an organization with aws:PrincipalOrgID.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy-without-foreign-principals.json',
    terraform:
      'resource "aws_s3_bucket_policy" "this" {\n  bucket = "<bucket-name>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "NamedPartnerReadOnly"\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<trusted-account-id>:role/<role-name>" }\n      Action    = "s3:GetObject"\n      Resource  = "arn:aws:s3:::<bucket-name>/*"\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: <bucket-name>\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Sid: NamedPartnerReadOnly\n            Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<trusted-account-id>:role/<role-name>\' }\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::<bucket-name>/*',
  },
  params: { trusted_account_ids: [] as string[] },
  uses: [buckets, bucketPolicies],
  run(ctx) {
    eachBucketWith(ctx, bucketPolicies, (b, policy, r) => {
      if (policy === null) {
        ctx.pass(r, `Bucket ${b.name} has no bucket policy, so it grants no other account access.`);
        return;
      }
      const grants = crossAccountGrants(policy, ctx.account.accountId, ctx.params.trusted_account_ids);
      if (!grants) {
        ctx.error(r, { kind: 'Failed', code: 'UnparseablePolicy', operation: 's3:GetBucketPolicy', message: 'the bucket policy is not valid JSON' }, `Could not evaluate bucket ${b.name}: its policy is not valid JSON.`);
      } else if (!grants.length) {
        ctx.pass(r, `Bucket ${b.name} policy grants access only to this account${ctx.params.trusted_account_ids.length ? ' and trusted accounts' : ''}.`);
      } else {
        const who = [...new Set(grants.flatMap((g) => g.accounts))].map((a) => (a === '*' ? 'everyone' : `account ${a}`));
        ctx.fail(r, `Bucket ${b.name} policy grants access to ${who.join(', ')}.`);
      }
    });
  },
});
