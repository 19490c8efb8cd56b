import { defineCheck } from '../../../core/check.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';
import { launchTemplates } from '../collectors.js';
import { forEachLaunchTemplate, templateLabel, versionLabel } from '../shared.js';

export default defineCheck({
  id: 'ec2_launch_template_no_secrets',
  title: 'Launch template user data contains no secrets',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2LaunchTemplate',
  categories: ['secrets'],
  description:
    'Scans the user data of the default and latest version of each launch template for credentials (keys, private keys, passwords and tokens, connection strings). Findings name the version, kind of secret and line, never the value; secrets_ignore_patterns drops known false positives.',
  risk:
    'Launch template user data is readable by anyone allowed to describe template versions and is copied onto every instance launched from it, where the metadata service serves it without credentials.',
  remediation: {
    text: 'Create a template version whose user data fetches the secret from Secrets Manager or Parameter Store at boot, make it the default, delete the versions holding the secret, and rotate it.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html',
    terraform:
      'resource "aws_launch_template" "this" {\n  name_prefix = "<name>-"\n  iam_instance_profile {\n    name = "<profile-allowed-to-read-the-secret>"\n  }\n  user_data = base64encode(<<-EOT\n    #!/bin/bash\n    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id <secret-name> --query SecretString --output text)\n  EOT\n  )\n}',
    nativeIaC:
      'Resources:\n  LaunchTemplate:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        IamInstanceProfile:\n          Name: <profile-allowed-to-read-the-secret>\n        UserData:\n          Fn::Base64: |\n            #!/bin/bash\n            DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id <secret-name> --query SecretString --output text)',
  },
  uses: [launchTemplates],
  params: { secrets_ignore_patterns: [] as string[] },
  run(ctx) {
    forEachLaunchTemplate(ctx, (_region, t, versions, resource) => {
      const found: string[] = [];
      const unreadable: string[] = [];
      for (const v of versions) {
        if (!v.userData) continue;
        if (!v.userData.ok) {
          unreadable.push(`${versionLabel(t, v)}: ${v.userData.reason}`);
          continue;
        }
        const hits = withoutIgnored(v.userData.hits, ctx.params.secrets_ignore_patterns);
        if (hits.length) found.push(`${versionLabel(t, v)}: ${describeHits(hits)}`);
      }
      if (found.length) ctx.fail(resource, `Launch template ${templateLabel(t)} has potential secrets in its user data: ${found.join('; ')}.`);
      else if (unreadable.length) ctx.manual(resource, `Launch template ${templateLabel(t)} user data could not be scanned (${unreadable.join('; ')}).`);
      else ctx.pass(resource, `Launch template ${templateLabel(t)} has no secrets in the user data of ${versions.map((v) => versionLabel(t, v)).join(' and ') || 'its versions'}.`);
    });
  },
});
