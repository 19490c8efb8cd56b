import { defineCheck } from '../../../core/check.js';
import { taskDefinitionList, taskDefinitions } from '../collectors.js';
import { eachTaskDefinition, names } from '../helpers.js';

export default defineCheck({
  id: 'ecs_task_definitions_containers_readonly_access',
  title: 'ECS containers have read-only root file systems',
  service: 'ecs',
  severity: 'high',
  resourceType: 'AwsEcsTaskDefinition',
  categories: ['container-security'],
  description:
    'For every ACTIVE ECS task definition revision, reports whether each container definition sets readonlyRootFilesystem, so the container cannot write to its own root file system.',
  risk:
    'A writable root file system lets an attacker who gets code execution in the container drop tools, alter binaries or configuration, and persist until the task is replaced.',
  remediation: {
    text: 'Set readonlyRootFilesystem to true on every container and mount volumes only where the application must write; register a new revision and update the services.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "readonlyRootFilesystem": true in each container',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  family = "<family>"\n  volume {\n    name = "scratch"\n  }\n  container_definitions = jsonencode([{\n    name                   = "app"\n    image                  = "<image>"\n    readonlyRootFilesystem = true\n    mountPoints            = [{ sourceVolume = "scratch", containerPath = "/tmp" }]\n  }])\n}',
    nativeIaC:
      'Resources:\n  TaskDefinition:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: <family>\n      ContainerDefinitions:\n        - Name: app\n          Image: <image>\n          ReadonlyRootFilesystem: true\n          MountPoints:\n            - SourceVolume: scratch\n              ContainerPath: /tmp\n      Volumes:\n        - Name: scratch',
  },
  uses: [taskDefinitionList, taskDefinitions],
  run(ctx) {
    for (const { td, label, resource } of eachTaskDefinition(ctx)) {
      const bad = td.containers.filter((c) => !c.readonlyRootFilesystem);
      if (bad.length) ctx.fail(resource, `${label} has containers with a writable root file system: ${names(bad)}.`);
      else ctx.pass(resource, `Every container of ${label} has a read-only root file system.`);
    }
  },
});
