import { defineCheck } from '../../../core/check.js';
import { taskDefinitionList, taskDefinitions } from '../collectors.js';
import { eachTaskDefinition } from '../helpers.js';

export default defineCheck({
  id: 'ecs_task_definitions_host_namespace_not_shared',
  title: 'ECS task definitions do not share the host process or IPC namespace',
  service: 'ecs',
  severity: 'high',
  resourceType: 'AwsEcsTaskDefinition',
  categories: ['container-security'],
  description:
    'For every ACTIVE ECS task definition revision, reports whether pidMode or ipcMode is "host", which puts the containers in the host\'s process or inter-process communication namespace.',
  risk:
    'In the host process namespace a container sees and can signal every process on the instance, including other tasks and the ECS agent; in the host IPC namespace it can read and write their shared memory. Either breaks the isolation between tasks.',
  remediation: {
    text: 'Remove pidMode and ipcMode "host" from the task definition (use "task" to share only between the containers of one task), register a new revision and update the services.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  family   = "<family>"\n  pid_mode = "task"\n  ipc_mode = "task"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "<image>"\n  }])\n}',
    nativeIaC:
      'Resources:\n  TaskDefinition:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: <family>\n      PidMode: task\n      IpcMode: task\n      ContainerDefinitions:\n        - Name: app\n          Image: <image>',
  },
  uses: [taskDefinitionList, taskDefinitions],
  run(ctx) {
    for (const { td, label, resource } of eachTaskDefinition(ctx)) {
      // Prowler looks at pidMode only; the IPC namespace is shared the same way.
      const shared = [td.pidMode === 'host' ? 'process (pidMode host)' : '', td.ipcMode === 'host' ? 'IPC (ipcMode host)' : ''].filter(Boolean);
      if (shared.length) ctx.fail(resource, `${label} shares the host ${shared.join(' and ')} namespace.`);
      else ctx.pass(resource, `${label} does not share the host process or IPC namespace.`);
    }
  },
});
