import { defineCheck } from '../../../core/check.js';
import { taskDefinitionList, taskDefinitions } from '../collectors.js';
import { eachTaskDefinition, names } from '../helpers.js';

export default defineCheck({
  id: 'ecs_task_definitions_logging_enabled',
  title: 'ECS containers send their logs to a log driver',
  service: 'ecs',
  severity: 'high',
  resourceType: 'AwsEcsTaskDefinition',
  categories: ['logging'],
  description:
    'For every ACTIVE ECS task definition revision, reports containers that have no logConfiguration, so their output is not collected anywhere.',
  risk:
    'Without a log driver the container output is lost when the task stops: incidents cannot be investigated and attacks go unnoticed.',
  remediation: {
    text: 'Add a logConfiguration (for example the awslogs driver to CloudWatch Logs, or awsfirelens) to every container definition.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with a logConfiguration in each container',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  family = "<family>"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "<image>"\n    logConfiguration = {\n      logDriver = "awslogs"\n      options = {\n        "awslogs-group"         = "<log-group>"\n        "awslogs-region"        = "<region>"\n        "awslogs-stream-prefix" = "app"\n      }\n    }\n  }])\n}',
    nativeIaC:
      'Resources:\n  TaskDefinition:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: <family>\n      ContainerDefinitions:\n        - Name: app\n          Image: <image>\n          LogConfiguration:\n            LogDriver: awslogs\n            Options:\n              awslogs-group: <log-group>\n              awslogs-region: <region>\n              awslogs-stream-prefix: app',
  },
  uses: [taskDefinitionList, taskDefinitions],
  run(ctx) {
    for (const { td, label, resource } of eachTaskDefinition(ctx)) {
      const bad = td.containers.filter((c) => !c.logDriver);
      if (bad.length) ctx.fail(resource, `${label} has containers without logging: ${names(bad)}.`);
      else ctx.pass(resource, `Every container of ${label} sends its logs to a log driver.`);
    }
  },
});
