import { defineCheck } from '../../../core/check.js';
import { imageBlockPublicAccess } from '../collectors.js';

export default defineCheck({
  id: 'ec2_ami_account_block_public_access',
  title: 'AMI block public access is enabled',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['internet-exposed'],
  description: 'Checks, per region, that block public access for AMIs is on (block-new-sharing), so no image of the account can be made public.',
  risk: 'Without the block, any principal allowed to modify image attributes can publish an AMI, and with it the software, data and secrets baked into it, to every AWS account.',
  remediation: {
    text: 'Enable block public access for AMIs in every region, ideally through an organization declarative policy, and make existing public images private.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html',
    cli: 'aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing --region <region>',
    terraform:
      'resource "aws_ec2_image_block_public_access" "this" {\n  state = "block-new-sharing"\n}',
  },
  uses: [imageBlockPublicAccess],
  run(ctx) {
    for (const { region, result } of ctx.regional(imageBlockPublicAccess)) {
      const resource = ctx.accountResource(region);
      if (!result.ok) ctx.error(resource, result.error);
      else if (result.data.state === 'block-new-sharing') ctx.pass(resource, `AMI block public access is enabled in ${region}.`);
      else ctx.fail(resource, `AMI block public access is ${result.data.state} in ${region}: images can be made public.`);
    }
  },
});
