import { defineCheck } from '../../../core/check.js';
import { taskDefinitionList, taskDefinitions, type EcsContainer } from '../collectors.js';
import { eachTaskDefinition, names } from '../helpers.js';

/** Runs as root: no user (the image default, root for most images), or user root / uid 0, with or without a group. */
const runsAsRoot = (c: EcsContainer) => !c.user || /^(?:root|0)(?::.*)?$/.test(c.user);

export default defineCheck({
  id: 'ecs_task_definitions_host_networking_mode_users',
  title: 'ECS task definitions in host network mode run no containers as root or privileged',
  service: 'ecs',
  severity: 'high',
  resourceType: 'AwsEcsTaskDefinition',
  categories: ['container-security'],
  description:
    'For every ACTIVE ECS task definition revision that uses the host network mode, reports containers that are privileged or run as root (no user set, "root", or uid 0).',
  risk:
    'In host network mode the container uses the instance\'s network stack: as root it can bind any port, sniff or redirect the traffic of other tasks, and reach the instance metadata service with the instance role.',
  remediation: {
    text: 'Use the awsvpc or bridge network mode, or set a non-root user on every container of host-network task definitions and drop privileged.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  family       = "<family>"\n  network_mode = "awsvpc"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "<image>"\n    user  = "1000:1000"\n  }])\n}',
    nativeIaC:
      'Resources:\n  TaskDefinition:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: <family>\n      NetworkMode: awsvpc\n      ContainerDefinitions:\n        - Name: app\n          Image: <image>\n          User: \'1000:1000\'',
  },
  uses: [taskDefinitionList, taskDefinitions],
  run(ctx) {
    for (const { td, label, resource } of eachTaskDefinition(ctx)) {
      if (td.networkMode !== 'host') {
        ctx.pass(resource, `${label} does not use the host network mode (${td.networkMode ?? 'default bridge'}).`);
        continue;
      }
      const bad = td.containers.filter((c) => c.privileged || runsAsRoot(c));
      if (bad.length) ctx.fail(resource, `${label} uses the host network mode with containers that are privileged or run as root: ${names(bad)}.`);
      else ctx.pass(resource, `${label} uses the host network mode, but every container runs as a non-root, unprivileged user.`);
    }
  },
});
