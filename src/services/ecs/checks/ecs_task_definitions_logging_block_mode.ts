import { defineCheck } from '../../../core/check.js';
import { taskDefinitionList, taskDefinitions } from '../collectors.js';
import { eachTaskDefinition, names } from '../helpers.js';

export default defineCheck({
  id: 'ecs_task_definitions_logging_block_mode',
  title: 'ECS container logging does not block the application',
  service: 'ecs',
  severity: 'low',
  resourceType: 'AwsEcsTaskDefinition',
  categories: ['resilience'],
  description:
    'For every ACTIVE ECS task definition revision, reports containers with a log driver whose delivery mode is blocking, set explicitly or left to the default. Containers without logging are not judged here (see ecs_task_definitions_logging_enabled).',
  risk:
    'In blocking mode a container that cannot deliver its logs (log service throttled or unreachable) stops when its log buffer fills: a logging outage becomes an application outage.',
  remediation: {
    text: 'Set the log configuration option "mode" to "non-blocking" (with a "max-buffer-size" suited to the log volume), or set the account default with the defaultLogDriverMode account setting and then make it explicit per container.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  family = "<family>"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "<image>"\n    logConfiguration = {\n      logDriver = "awslogs"\n      options = {\n        "awslogs-group"         = "<log-group>"\n        "awslogs-region"        = "<region>"\n        "awslogs-stream-prefix" = "app"\n        "mode"                  = "non-blocking"\n        "max-buffer-size"       = "25m"\n      }\n    }\n  }])\n}',
    nativeIaC:
      'Resources:\n  TaskDefinition:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: <family>\n      ContainerDefinitions:\n        - Name: app\n          Image: <image>\n          LogConfiguration:\n            LogDriver: awslogs\n            Options:\n              awslogs-group: <log-group>\n              awslogs-region: <region>\n              awslogs-stream-prefix: app\n              mode: non-blocking\n              max-buffer-size: 25m',
  },
  uses: [taskDefinitionList, taskDefinitions],
  run(ctx) {
    for (const { td, label, resource } of eachTaskDefinition(ctx)) {
      const logged = td.containers.filter((c) => c.logDriver);
      if (!logged.length) {
        ctx.pass(resource, `${label} has no containers with a log driver.`);
        continue;
      }
      const bad = logged.filter((c) => c.logMode !== 'non-blocking');
      // An unset mode follows the account's defaultLogDriverMode, which prowl does not read; it is blocking unless changed.
      if (bad.length) ctx.fail(resource, `${label} has containers whose logging is blocking (explicitly or by default): ${names(bad)}.`);
      else ctx.pass(resource, `Every logging container of ${label} uses non-blocking log delivery.`);
    }
  },
});
