import { defineCheck } from '../../../core/check.js';
import { secretPolicies, secrets } from '../collectors.js';
import { judgePolicy, listedWith } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'secretsmanager_not_publicly_accessible',
  title: 'Secrets Manager secrets do not have resource policies open to everyone',
  service: 'secretsmanager',
  severity: 'high',
  resourceType: 'AwsSecretsManagerSecret',
  categories: ['internet-exposed', 'secrets'],
  description:
    'Reads the resource policy of every Secrets Manager secret and flags secrets whose policy allows any principal without a condition that narrows it to this account, an organization or a network. Secret values are never read.',
  risk:
    'A secret readable by any AWS account hands out the credentials or keys it stores, and a policy that also allows writes lets outsiders replace them.',
  remediation: {
    text: 'Remove the statements that allow everyone from the secret policy, naming the specific roles or accounts that need the secret instead, and turn on Block Public Policy when putting policies.',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html',
    cli: 'aws secretsmanager delete-resource-policy --secret-id <secret-arn>',
    terraform:
      'resource "aws_secretsmanager_secret_policy" "this" {\n  secret_arn          = "<secret-arn>"\n  block_public_policy = true\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<account-id>:role/<app-role>" }\n      Action    = "secretsmanager:GetSecretValue"\n      Resource  = "*"\n    }]\n  })\n}',
    nativeIaC:
      'Resources:\n  SecretPolicy:\n    Type: AWS::SecretsManager::ResourcePolicy\n    Properties:\n      SecretId: <secret-arn>\n      BlockPublicPolicy: true\n      ResourcePolicy:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: \'arn:aws:iam::<account-id>:role/<app-role>\' }\n            Action: secretsmanager:GetSecretValue\n            Resource: \'*\'',
  },
  uses: [secrets, secretPolicies],
  run(ctx) {
    for (const { region, item: secret, entry } of listedWith(ctx, secrets, secretPolicies, 'Secrets Manager secrets')) {
      const resource = { arn: secret.arn, id: secret.name, name: secret.name, region, ...(secret.tags ? { tags: secret.tags } : {}) };
      judgePolicy(ctx, { resource, label: `Secret ${secret.name}`, policyName: 'resource policy', operation: secretPolicies.operation }, entry);
    }
  },
});
