import { defineCheck } from '../../../core/check.js';
import { ownedImages } from '../collectors.js';
import { forEachRegional, simpleResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_ami_public',
  title: 'AMIs owned by the account are not public',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'Other',
  categories: ['internet-exposed'],
  description: 'Flags images (AMIs) the account owns that have a public launch permission.',
  risk: 'A public AMI lets any AWS account launch a copy of the image and read everything baked into it: application code, configuration, keys and credentials.',
  remediation: {
    text: 'Make the image private (share with specific accounts or the organization if needed) and enable AMI block public access.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
    cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{Group=all}]"',
    terraform:
      'resource "aws_ami_launch_permission" "partner" {\n  image_id   = "<ami-id>"\n  account_id = "<trusted-account-id>"\n}\n# remove any launch permission with group = "all", and turn on aws_ec2_image_block_public_access',
  },
  uses: [ownedImages],
  run(ctx) {
    forEachRegional(ctx, ownedImages, (region, i) => {
      const label = i.name ? `${i.id} (${i.name})` : i.id;
      if (i.public) ctx.fail(simpleResource(region, i), `Image ${label} is public: any AWS account can launch it.`);
      else ctx.pass(simpleResource(region, i), `Image ${label} is not public.`);
    });
  },
});
