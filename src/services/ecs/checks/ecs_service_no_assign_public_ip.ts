import { defineCheck } from '../../../core/check.js';
import { clusters, services } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'ecs_service_no_assign_public_ip',
  title: 'ECS services do not assign public IP addresses to their tasks',
  service: 'ecs',
  severity: 'high',
  resourceType: 'AwsEcsService',
  categories: ['internet-exposed'],
  description: 'Reports ECS services whose awsvpc network configuration assigns a public IP address to each task (assignPublicIp ENABLED).',
  risk:
    'Tasks with public IP addresses are reachable from the internet wherever their security groups allow it, instead of only through a load balancer; one permissive rule exposes every task of the service.',
  remediation: {
    text: 'Run the tasks in private subnets with assignPublicIp DISABLED, reaching the internet through a NAT gateway and AWS services through VPC endpoints; expose them through a load balancer.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html',
    cli: 'aws ecs update-service --cluster <cluster> --service <service> --network-configuration "awsvpcConfiguration={subnets=[<private-subnet>],securityGroups=[<sg>],assignPublicIp=DISABLED}"',
    terraform:
      'resource "aws_ecs_service" "this" {\n  name            = "<service-name>"\n  cluster         = "<cluster-arn>"\n  task_definition = "<task-definition-arn>"\n  launch_type     = "FARGATE"\n  network_configuration {\n    subnets          = ["<private-subnet-id>"]\n    security_groups  = ["<sg-id>"]\n    assign_public_ip = false\n  }\n}',
    nativeIaC:
      'Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: <cluster-name>\n      TaskDefinition: <task-definition-arn>\n      LaunchType: FARGATE\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          AssignPublicIp: DISABLED\n          Subnets:\n            - <private-subnet-id>\n          SecurityGroups:\n            - <sg-id>',
  },
  uses: [clusters, services],
  run(ctx) {
    for (const { region, result } of ctx.regional(services)) {
      for (const s of listed(ctx, region, result, 'ECS services')) {
        const resource = { arn: s.arn, id: s.name, name: s.name, region };
        if (s.assignPublicIp === 'ENABLED') ctx.fail(resource, `ECS service ${s.name} assigns public IP addresses to its tasks.`);
        else ctx.pass(resource, `ECS service ${s.name} does not assign public IP addresses to its tasks.`);
      }
    }
  },
});
