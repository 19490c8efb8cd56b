import { defineCheck } from '../../../core/check.js';
import { clusters, services } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'ecs_task_set_no_assign_public_ip',
  title: 'ECS task sets do not assign public IP addresses to their tasks',
  service: 'ecs',
  severity: 'high',
  resourceType: 'AwsEcsService',
  categories: ['internet-exposed'],
  description:
    'Reports task sets (of services using the EXTERNAL or CODE_DEPLOY deployment controller) whose awsvpc network configuration assigns a public IP address to each task.',
  risk:
    'Tasks with public IP addresses are reachable from the internet wherever their security groups allow it; blue/green task sets are easy to overlook when reviewing exposure.',
  remediation: {
    text: 'Create the task sets in private subnets with assignPublicIp DISABLED and expose them through the load balancer only.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-external.html',
    cli: 'aws ecs create-task-set --cluster <cluster> --service <service> --task-definition <td> --network-configuration "awsvpcConfiguration={subnets=[<private-subnet>],securityGroups=[<sg>],assignPublicIp=DISABLED}"',
    terraform:
      'resource "aws_ecs_task_set" "this" {\n  cluster         = "<cluster-arn>"\n  service         = "<service-arn>"\n  task_definition = "<task-definition-arn>"\n  network_configuration {\n    subnets          = ["<private-subnet-id>"]\n    security_groups  = ["<sg-id>"]\n    assign_public_ip = false\n  }\n}',
    nativeIaC:
      'Resources:\n  TaskSet:\n    Type: AWS::ECS::TaskSet\n    Properties:\n      Cluster: <cluster-name>\n      Service: <service-name>\n      TaskDefinition: <task-definition-arn>\n      NetworkConfiguration:\n        AwsVpcConfiguration:\n          AssignPublicIp: DISABLED\n          Subnets:\n            - <private-subnet-id>\n          SecurityGroups:\n            - <sg-id>',
  },
  uses: [clusters, services],
  run(ctx) {
    for (const { region, result } of ctx.regional(services)) {
      for (const s of listed(ctx, region, result, 'ECS services')) {
        for (const t of s.taskSets) {
          const resource = { arn: t.arn, id: t.id, name: t.id, region };
          if (t.assignPublicIp === 'ENABLED') ctx.fail(resource, `ECS task set ${t.id} of service ${s.name} assigns public IP addresses to its tasks.`);
          else ctx.pass(resource, `ECS task set ${t.id} of service ${s.name} does not assign public IP addresses to its tasks.`);
        }
      }
    }
  },
});
