import { defineCheck } from '../../../core/check.js';
import { launchConfigurations } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';

export default defineCheck({
  id: 'autoscaling_find_secrets_ec2_launch_configuration',
  title: 'Launch configuration user data holds no secrets',
  service: 'autoscaling',
  severity: 'critical',
  resourceType: 'AwsAutoScalingLaunchConfiguration',
  categories: ['secrets'],
  description:
    'Decodes the user data of every launch configuration (base64, gzip-compressed or not) and scans it for credentials: provider keys and tokens, private keys, credentials in URLs and connection strings, passwords assigned to secret-looking names, long random strings. Findings name the line, variable and kind, never the value. secrets_ignore_patterns (regular expressions) drops hits whose variable or kind matches. User data that is not text (binary) gets a MANUAL finding.',
  risk:
    'User data is readable by anyone who can describe the launch configuration and, from inside every instance launched with it, by any process through the metadata service; a credential there is widely exposed and rarely rotated.',
  remediation: {
    text: 'Have the bootstrap script fetch secrets at boot from Secrets Manager or Parameter Store with the instance role, create a new launch template without them, delete the launch configuration, and rotate the exposed credentials.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
    cli: 'aws autoscaling delete-launch-configuration --launch-configuration-name <name>',
    terraform:
      'resource "aws_launch_template" "this" {\n  name_prefix = "<name>-"\n  iam_instance_profile {\n    name = "<profile-allowed-to-read-the-secret>"\n  }\n  user_data = base64encode(<<-EOT\n    #!/bin/bash\n    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id <secret-name> --query SecretString --output text)\n  EOT\n  )\n}',
    nativeIaC:
      'Resources:\n  LaunchTemplate:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        IamInstanceProfile:\n          Name: <profile-allowed-to-read-the-secret>\n        UserData:\n          Fn::Base64: |\n            #!/bin/bash\n            DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id <secret-name> --query SecretString --output text)',
  },
  uses: [launchConfigurations],
  params: { secrets_ignore_patterns: [] as string[] },
  run(ctx) {
    for (const { region, result } of ctx.regional(launchConfigurations)) {
      for (const lc of listed(ctx, region, result, 'launch configurations')) {
        const resource = { arn: lc.arn, id: lc.name, name: lc.name, region };
        if (!lc.hasUserData) {
          ctx.pass(resource, `Launch configuration ${lc.name} has no user data.`);
          continue;
        }
        if (lc.userDataUnreadable) {
          ctx.manual(resource, `The user data of launch configuration ${lc.name} was not scanned: ${lc.userDataUnreadable}.`);
          continue;
        }
        const hits = withoutIgnored(lc.userDataSecrets, ctx.params.secrets_ignore_patterns);
        if (hits.length) ctx.fail(resource, `Launch configuration ${lc.name} has potential secrets in its user data: ${describeHits(hits)}.`);
        else ctx.pass(resource, `No secrets found in the user data of launch configuration ${lc.name}.`);
      }
    }
  },
});
