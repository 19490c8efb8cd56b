import { defineCheck } from '../../../core/check.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';
import { instanceUserData, instances } from '../collectors.js';
import { forEachRegional, instanceLabel, instanceResource } from '../shared.js';

export default defineCheck({
  id: 'ec2_instance_secrets_user_data',
  title: 'EC2 instance user data contains no secrets',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  categories: ['secrets'],
  description:
    'Scans the user data of each instance (base64, gzip-compressed or plain) for credentials: cloud and service keys, private keys, passwords and tokens in assignments, connection strings. Findings name the kind of secret and its line, never the value; secrets_ignore_patterns drops known false positives.',
  risk:
    'User data is readable by anyone with ec2:DescribeInstanceAttribute and from inside the instance through the metadata service without credentials, so a secret placed there leaks to every process and to any request-forgery bug.',
  remediation: {
    text: 'Move the secret to AWS Secrets Manager or SSM Parameter Store (SecureString) and fetch it at boot with the instance role; rotate the exposed secret and replace the user data.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
    terraform:
      'resource "aws_instance" "this" {\n  ami                  = "<ami-id>"\n  instance_type        = "<instance-type>"\n  iam_instance_profile = "<profile-allowed-to-read-the-secret>"\n  user_data            = <<-EOT\n    #!/bin/bash\n    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id <secret-name> --query SecretString --output text)\n  EOT\n}',
    nativeIaC:
      'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: <ami-id>\n      InstanceType: <instance-type>\n      IamInstanceProfile: <profile-allowed-to-read-the-secret>\n      UserData:\n        Fn::Base64: |\n          #!/bin/bash\n          DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id <secret-name> --query SecretString --output text)',
  },
  uses: [instances, instanceUserData],
  params: { secrets_ignore_patterns: [] as string[] },
  run(ctx) {
    const data = new Map(ctx.regional(instanceUserData).map(({ region, result }) => [region, result]));
    forEachRegional(ctx, instances, (region, i) => {
      const resource = instanceResource(region, i);
      const all = data.get(region);
      if (!all) return;
      if (!all.ok) return ctx.error(resource, all.error);
      const r = all.data[i.id];
      if (!r) return;
      if (!r.ok) return ctx.error(resource, r.error);
      if (r.data === null) return ctx.pass(resource, `Instance ${instanceLabel(i)} has no user data.`);
      if (!r.data.ok) return ctx.manual(resource, `Instance ${instanceLabel(i)} user data could not be scanned: ${r.data.reason}.`);
      const hits = withoutIgnored(r.data.hits, ctx.params.secrets_ignore_patterns);
      if (hits.length) ctx.fail(resource, `Instance ${instanceLabel(i)} has potential secrets in its user data: ${describeHits(hits)}.`);
      else ctx.pass(resource, `Instance ${instanceLabel(i)} has no secrets in its user data.`);
    });
  },
});
