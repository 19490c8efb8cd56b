import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../core/types.js';
import { multiRegionAccessPoints } from '../collectors.js';
import { ALL_SETTINGS, SETTING_NAMES } from '../bucket-access.js';

export default defineCheck({
  id: 's3_multi_region_access_point_public_access_block',
  title: 'S3 Multi-Region Access Points block all public access',
  service: 's3',
  severity: 'high',
  resourceType: 'AwsS3AccessPoint',
  categories: ['internet-exposed'],
  description: 'Lists the Multi-Region Access Points of the account and passes each one whose Block Public Access settings are all on.',
  risk: 'A Multi-Region Access Point without Block Public Access can be given a public policy that exposes every bucket behind it, in every region.',
  remediation: {
    text: 'Block Public Access of a Multi-Region Access Point is set at creation: recreate it with all four settings on (the default).',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/multi-region-access-point-block-public-access.html',
    cli: 'aws s3control create-multi-region-access-point --account-id <account-id> --details file://mrap.json',
    terraform:
      'resource "aws_s3control_multi_region_access_point" "this" {\n  details {\n    name = "<access-point-name>"\n    public_access_block {\n      block_public_acls       = true\n      ignore_public_acls      = true\n      block_public_policy     = true\n      restrict_public_buckets = true\n    }\n    region {\n      bucket = "<bucket-in-region-a>"\n    }\n    region {\n      bucket = "<bucket-in-region-b>"\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  MultiRegionAccessPoint:\n    Type: AWS::S3::MultiRegionAccessPoint\n    Properties:\n      Name: <access-point-name>\n      Regions:\n        - Bucket: <bucket-in-region-a>\n        - Bucket: <bucket-in-region-b>\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true',
  },
  uses: [multiRegionAccessPoints],
  run(ctx) {
    const list = ctx.global(multiRegionAccessPoints);
    if (!list.ok) {
      ctx.error(ctx.accountResource(), list.error, `Could not list the Multi-Region Access Points: ${describeCallError(list.error)}.`);
      return;
    }
    for (const m of list.data) {
      const resource = { arn: m.arn, id: m.name, name: m.name, region: ctx.homeRegion, details: { buckets: m.buckets.join(', ') } };
      const off = ALL_SETTINGS.filter((s) => !m.publicAccessBlock[s]).map((s) => SETTING_NAMES[s]);
      if (off.length) ctx.fail(resource, `Multi-Region Access Point ${m.name} does not block public access: ${off.join(', ')} off.`);
      else ctx.pass(resource, `Multi-Region Access Point ${m.name} blocks all public access.`);
    }
  },
});
