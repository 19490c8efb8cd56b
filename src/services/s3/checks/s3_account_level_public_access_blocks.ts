import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { accountPublicAccessBlock } from '../collectors.js';
import { ALL_SETTINGS, SETTING_NAMES } from '../bucket-access.js';

export default defineCheck({
  id: 's3_account_level_public_access_blocks',
  title: 'S3 Block Public Access is fully enabled for the account',
  service: 's3',
  severity: 'high',
  resourceType: 'AwsS3AccountPublicAccessBlock',
  categories: ['internet-exposed'],
  description:
    'Reads the account-wide S3 Block Public Access configuration and checks that all four settings (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets) are on.',
  risk:
    'Without the account-wide block, a single public ACL or bucket policy on any current or future bucket can expose its data to the internet.',
  remediation: {
    text: 'Turn on all four Block Public Access settings at the account level. Buckets that must serve public content are better fronted by CloudFront with origin access control.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  uses: [accountPublicAccessBlock],
  run(ctx) {
    const account = ctx.accountResource();
    const block = ctx.global(accountPublicAccessBlock);
    if (!block.ok) {
      return ctx.error(account, block.error, `Could not read the account's S3 Block Public Access settings: ${describeCallError(block.error)}.`);
    }
    if (!block.data) return ctx.fail(account, 'The account has no S3 Block Public Access configuration.');
    const off = ALL_SETTINGS.filter((s) => !block.data?.[s]).map((s) => SETTING_NAMES[s]);
    if (off.length === 0) ctx.pass(account, 'All four S3 Block Public Access settings are on for the account.');
    else ctx.fail(account, `Account-level S3 Block Public Access leaves ${off.join(', ')} off.`);
  },
});
