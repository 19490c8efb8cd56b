import { defineCheck } from '../../../core/check.js';
import { taskDefinitionList, taskDefinitions } from '../collectors.js';
import { eachTaskDefinition, names } from '../helpers.js';

export default defineCheck({
  id: 'ecs_task_definitions_no_privileged_containers',
  title: 'ECS task definitions have no privileged containers',
  service: 'ecs',
  severity: 'high',
  resourceType: 'AwsEcsTaskDefinition',
  categories: ['container-security'],
  description:
    'For every ACTIVE ECS task definition revision, reports containers with privileged set to true, which gives them root capabilities on the host.',
  risk:
    'A privileged container has nearly every capability of root on the host instance: a compromise of the container is a compromise of the host and of every other task on it.',
  remediation: {
    text: 'Remove privileged from the container definitions and grant only the specific Linux capabilities the application needs (linuxParameters.capabilities.add).',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # without "privileged": true',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  family = "<family>"\n  container_definitions = jsonencode([{\n    name       = "app"\n    image      = "<image>"\n    privileged = false\n    linuxParameters = {\n      capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] }\n    }\n  }])\n}',
    nativeIaC:
      'Resources:\n  TaskDefinition:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: <family>\n      ContainerDefinitions:\n        - Name: app\n          Image: <image>\n          Privileged: false\n          LinuxParameters:\n            Capabilities:\n              Add:\n                - NET_BIND_SERVICE\n              Drop:\n                - ALL',
  },
  uses: [taskDefinitionList, taskDefinitions],
  run(ctx) {
    for (const { td, label, resource } of eachTaskDefinition(ctx)) {
      const bad = td.containers.filter((c) => c.privileged);
      if (bad.length) ctx.fail(resource, `${label} has privileged containers: ${names(bad)}.`);
      else ctx.pass(resource, `${label} has no privileged containers.`);
    }
  },
});
