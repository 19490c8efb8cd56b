import { defineCheck } from '../../../core/check.js';
import { instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_detailed_monitoring_enabled',
  title: 'EC2 instances have detailed (1-minute) monitoring enabled',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2Instance',
  categories: ['logging', 'forensics-ready'],
  description: 'Checks that detailed monitoring is enabled on each instance, so CloudWatch receives its metrics every minute instead of every five.',
  risk: 'With five-minute metrics, short bursts of CPU, network or disk activity (crypto-mining, data exfiltration, a failing process) fall between samples and alarms react late.',
  remediation: {
    text: 'Enable detailed monitoring on instances whose metrics drive alarms or scaling, and in the launch templates that create them.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html',
    cli: 'aws ec2 monitor-instances --instance-ids <instance-id>',
    terraform:
      'resource "aws_instance" "this" {\n  ami           = "<ami-id>"\n  instance_type = "<instance-type>"\n  monitoring    = true\n}',
    nativeIaC:
      'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: <ami-id>\n      InstanceType: <instance-type>\n      Monitoring: true',
  },
  uses: [instances],
  run(ctx) {
    forEachRegional(ctx, instances, (region, i) => {
      if (i.monitoring === 'enabled') ctx.pass(instanceResource(region, i), `Instance ${instanceLabel(i)} has detailed monitoring enabled.`);
      else ctx.fail(instanceResource(region, i), `Instance ${instanceLabel(i)} has detailed monitoring ${i.monitoring ?? 'disabled'}.`);
    });
  },
});
