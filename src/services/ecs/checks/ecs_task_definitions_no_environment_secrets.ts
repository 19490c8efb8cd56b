import { defineCheck } from '../../../core/check.js';
import { taskDefinitionList, taskDefinitions } from '../collectors.js';
import { eachTaskDefinition } from '../helpers.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';

export default defineCheck({
  id: 'ecs_task_definitions_no_environment_secrets',
  title: 'ECS container environments hold no secrets',
  service: 'ecs',
  severity: 'critical',
  resourceType: 'AwsEcsTaskDefinition',
  categories: ['secrets'],
  description:
    'Scans the plain environment variables of every container of every ACTIVE ECS task definition revision for credentials (provider keys and tokens, private keys, credentials in URLs, values of variables named like passwords or secrets, long random strings). References in "secrets" (Secrets Manager or Parameter Store) are the fix and are not reported. Findings name the container, variable and kind, never the value. secrets_ignore_patterns (regular expressions) drops hits whose variable name or kind matches.',
  risk:
    'Task definitions are readable by anyone with ecs:DescribeTaskDefinition, are kept for every revision, and are copied into CI/CD systems; a credential in one stays exposed even after later revisions remove it.',
  remediation: {
    text: 'Move the value to AWS Secrets Manager or SSM Parameter Store and reference it from the container\'s "secrets" list, register a new revision, deregister the revisions that contained it, and rotate the credential.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  family             = "<family>"\n  execution_role_arn = "<execution-role-allowed-to-read-the-secret>"\n  container_definitions = jsonencode([{\n    name    = "app"\n    image   = "<image>"\n    secrets = [{ name = "DB_PASSWORD", valueFrom = "<secret-arn>" }]\n  }])\n}',
    nativeIaC:
      'Resources:\n  TaskDefinition:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: <family>\n      ExecutionRoleArn: <execution-role-allowed-to-read-the-secret>\n      ContainerDefinitions:\n        - Name: app\n          Image: <image>\n          Secrets:\n            - Name: DB_PASSWORD\n              ValueFrom: <secret-arn>',
  },
  uses: [taskDefinitionList, taskDefinitions],
  params: { secrets_ignore_patterns: [] as string[] },
  run(ctx) {
    for (const { td, label, resource } of eachTaskDefinition(ctx)) {
      const found = td.containers.flatMap((c) =>
        withoutIgnored(c.envSecrets, ctx.params.secrets_ignore_patterns).map((h) => ({ ...h, location: `container ${c.name} ${h.location}` })),
      );
      if (found.length) ctx.fail(resource, `${label} has secrets in container environment variables: ${describeHits(found)}.`);
      else ctx.pass(resource, `No secrets found in the container environment variables of ${label}.`);
    }
  },
});
