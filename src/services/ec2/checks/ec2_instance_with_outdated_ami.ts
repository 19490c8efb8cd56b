import { defineCheck } from '../../../core/check.js';
import { instanceImages, instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_with_outdated_ami',
  title: 'EC2 instances do not run deprecated AMIs',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['vulnerabilities'],
  description:
    'Flags instances launched from an AMI whose deprecation time has passed (the publisher marked it outdated). Instances whose AMI can no longer be described (deregistered or unshared) are reported for manual review.',
  risk: 'A deprecated image is no longer maintained by its publisher: the operating system and packages on it miss security fixes, and it cannot be relied on to rebuild the instance.',
  remediation: {
    text: 'Rebuild the instance from the current version of the image (or your golden image pipeline) and retire the deprecated one.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html',
    terraform:
      'data "aws_ssm_parameter" "al2023" {\n  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"\n}\n\nresource "aws_instance" "this" {\n  ami           = data.aws_ssm_parameter.al2023.value\n  instance_type = "<instance-type>"\n}',
    nativeIaC:
      'Parameters:\n  LatestAmi:\n    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>\n    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64\nResources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: !Ref LatestAmi\n      InstanceType: <instance-type>',
  },
  uses: [instances, instanceImages],
  run(ctx) {
    const images = new Map(ctx.regional(instanceImages).map(({ region, result }) => [region, result]));
    forEachRegional(ctx, instances, (region, i) => {
      const resource = instanceResource(region, i);
      const r = images.get(region);
      if (!r) return;
      if (!r.ok) return ctx.error(resource, r.error);
      if (!i.imageId) return ctx.manual(resource, `Instance ${instanceLabel(i)} does not report its AMI.`);
      const image = r.data[i.imageId];
      if (!image) return ctx.manual(resource, `Instance ${instanceLabel(i)} runs AMI ${i.imageId}, which can no longer be described (deregistered or no longer shared); check its age by hand.`);
      const dep = image.deprecationTime ? new Date(image.deprecationTime) : undefined;
      if (dep && dep <= ctx.now) ctx.fail(resource, `Instance ${instanceLabel(i)} runs AMI ${i.imageId}${image.name ? ` (${image.name})` : ''}, deprecated since ${image.deprecationTime!.slice(0, 10)}.`);
      else ctx.pass(resource, `Instance ${instanceLabel(i)} runs AMI ${i.imageId}, which is not deprecated${dep ? ` (until ${image.deprecationTime!.slice(0, 10)})` : ''}.`);
    });
  },
});
