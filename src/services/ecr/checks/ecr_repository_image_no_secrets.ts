import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';
import { latestImageSecrets, latestImages, repositories } from '../collectors.js';

export default defineCheck({
  id: 'ecr_repository_image_no_secrets',
  title: 'The latest image of each ECR repository holds no secrets in its configuration',
  service: 'ecr',
  severity: 'high',
  resourceType: 'AwsEcrRepository',
  categories: ['secrets', 'container-security'],
  description:
    'Reads the configuration of the most recently pushed image of each repository (through the registry API, size-capped, in memory) and scans its environment variables, labels, entrypoint and command, and the build commands recorded in its history (ARG and ENV values, RUN lines) for credentials: provider keys and tokens, private keys, passwords assigned to secret-looking names, connection strings and long random strings. The image layers (its files) are not downloaded. Findings name the place and kind, never the value; secrets_ignore_patterns drops known false positives.',
  risk:
    'Anyone who can pull the image (every workload, CI system and account the repository policy lets in) can read its configuration and history: a credential baked into an ENV or build step is exposed to all of them, and it stays in every copy of the image.',
  remediation: {
    text: 'Rotate the exposed credential, rebuild the image without it (use BuildKit secret mounts for build-time secrets), and give the credential to the running container from Secrets Manager or SSM Parameter Store through the task or pod definition.',
    url: 'https://docs.docker.com/build/building/secrets/',
    cli: 'aws ecr batch-delete-image --repository-name <repo> --image-ids imageDigest=<digest-with-the-secret>',
    nativeIaC:
      'Resources:\n  TaskDefinition:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: app\n      ExecutionRoleArn: <execution-role-arn>\n      ContainerDefinitions:\n        - Name: app\n          Image: <account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>\n          Secrets:\n            - Name: DB_PASSWORD\n              ValueFrom: <secrets-manager-secret-arn>',
    terraform:
      'resource "aws_ecs_task_definition" "app" {\n  family             = "app"\n  execution_role_arn = aws_iam_role.execution.arn\n  container_definitions = jsonencode([{\n    name    = "app"\n    image   = "${aws_ecr_repository.repo.repository_url}:<tag>"\n    secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]\n  }])\n}',
  },
  uses: [repositories, latestImages, latestImageSecrets],
  params: { secrets_ignore_patterns: [] as string[] },
  run(ctx) {
    for (const { region, item: repo, entry } of listedWith(ctx, repositories, latestImageSecrets, 'ECR repositories')) {
      const resource = { arn: repo.arn, id: repo.name, name: repo.name, region };
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the latest image configuration of ECR repository ${repo.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      if (!entry.data) continue;
      const scan = entry.data;
      const image = `the latest image of ECR repository ${repo.name} (${scan.digest.slice(0, 19)})`;
      if (!scan.scanned) {
        ctx.manual(resource, `The configuration of ${image} was not scanned: ${scan.reason}.`);
        continue;
      }
      const hits = withoutIgnored(scan.hits, ctx.params.secrets_ignore_patterns);
      if (hits.length) ctx.fail(resource, `The configuration of ${image} has ${hits.length} potential secret${hits.length > 1 ? 's' : ''}: ${describeHits(hits)}.`);
      else ctx.pass(resource, `No secrets found in the configuration (environment, labels, command, build history) of ${image}.`);
    }
  },
});
