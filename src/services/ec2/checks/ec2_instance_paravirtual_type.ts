import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_paravirtual_type',
  title: 'EC2 instances use hardware virtual machine (HVM) virtualization',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  categories: ['node-security'],
  description: 'Flags instances running with paravirtual (PV) virtualization instead of HVM.',
  risk:
    'Paravirtual AMIs belong to retired previous-generation instance types: they cannot use current instance families, Nitro security features or enhanced networking, and their kernels are long out of support.',
  remediation: {
    text: 'Rebuild the workload on a current HVM AMI and a current-generation instance type.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/virtualization_types.html',
    terraform:
      'resource "aws_instance" "this" {\n  ami           = "<current-hvm-ami-id>"\n  instance_type = "<current-generation-type>"\n}',
    nativeIaC:
      'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: <current-hvm-ami-id>\n      InstanceType: <current-generation-type>',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      if (i.virtualizationType === 'paravirtual') ctx.fail(instanceResource(region, i), `Instance ${instanceLabel(i)} uses paravirtual virtualization.`);
      else ctx.pass(instanceResource(region, i), `Instance ${instanceLabel(i)} uses ${i.virtualizationType ?? 'hvm'} virtualization.`);
    });
  },
});
