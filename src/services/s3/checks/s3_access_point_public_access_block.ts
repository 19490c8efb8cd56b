import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../core/types.js';
import { listed } from '../../../lib/resource-policy.js';
import { accessPoints } from '../collectors.js';
import { ALL_SETTINGS, SETTING_NAMES } from '../bucket-access.js';

export default defineCheck({
  id: 's3_access_point_public_access_block',
  title: 'S3 access points block all public access',
  service: 's3',
  severity: 'critical',
  resourceType: 'AwsS3AccessPoint',
  categories: ['internet-exposed'],
  description:
    "Reads each access point's own Block Public Access configuration (GetAccessPoint) and passes when all four settings are on. An access point's settings are fixed at creation and apply on top of the bucket's and the account's.",
  risk: 'An access point without Block Public Access can carry a policy that opens the bucket behind it to everyone, bypassing the controls reviewed on the bucket itself.',
  remediation: {
    text: 'Access point settings cannot be changed: create a replacement access point with all four Block Public Access settings on (the default), move clients to it and delete the old one.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html',
    cli: 'aws s3control create-access-point --account-id <account-id> --name <name> --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_access_point" "this" {\n  bucket = "<bucket-name>"\n  name   = "<access-point-name>"\n  public_access_block_configuration {\n    block_public_acls       = true\n    ignore_public_acls      = true\n    block_public_policy     = true\n    restrict_public_buckets = true\n  }\n}',
    nativeIaC:
      'Resources:\n  AccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: <bucket-name>\n      Name: <access-point-name>\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true',
  },
  uses: [accessPoints],
  run(ctx) {
    for (const { region, result } of ctx.regional(accessPoints)) {
      for (const ap of listed(ctx, region, result, 'S3 access points')) {
        const resource = { arn: ap.arn, id: ap.name, name: ap.name, region, details: { bucket: ap.bucket, networkOrigin: ap.networkOrigin } };
        const pab = ap.publicAccessBlock;
        if (!pab.ok) {
          ctx.error(resource, pab.error, `Could not read the Block Public Access settings of access point ${ap.name}: ${describeCallError(pab.error)}.`);
          continue;
        }
        const off = ALL_SETTINGS.filter((s) => !pab.data[s]).map((s) => SETTING_NAMES[s]);
        if (off.length) ctx.fail(resource, `Access point ${ap.name} (bucket ${ap.bucket}) does not block public access: ${off.join(', ')} off.`);
        else ctx.pass(resource, `Access point ${ap.name} (bucket ${ap.bucket}) blocks all public access.`);
      }
    }
  },
});
