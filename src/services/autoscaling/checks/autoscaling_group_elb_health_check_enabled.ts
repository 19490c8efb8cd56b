import { defineCheck } from '../../../core/check.js';
import { groups } from '../collectors.js';
import { eachGroup } from '../helpers.js';

export default defineCheck({
  id: 'autoscaling_group_elb_health_check_enabled',
  title: "Auto Scaling groups behind load balancers use load balancer health checks",
  service: 'autoscaling',
  severity: 'low',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  categories: ['resilience'],
  description:
    "For every Auto Scaling group attached to a Classic Load Balancer or target groups, reports whether its health check type is ELB, so instances the load balancer finds unhealthy are replaced. Groups without a load balancer are not reported.",
  risk:
    "With EC2 health checks only, an instance whose application stopped answering stays in service as long as the instance itself runs: the load balancer stops sending it traffic, but capacity silently shrinks and nothing replaces it.",
  remediation: {
    text: "Set the group's health check type to ELB with a grace period long enough for instances to start.",
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group> --health-check-type ELB --health-check-grace-period 300',
    terraform:
      'resource "aws_autoscaling_group" "this" {\n  name                      = "<group-name>"\n  min_size                  = 2\n  max_size                  = 4\n  health_check_type         = "ELB"\n  health_check_grace_period = 300\n  target_group_arns         = ["<target-group-arn>"]\n}',
    nativeIaC:
      'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: \'2\'\n      MaxSize: \'4\'\n      HealthCheckType: ELB\n      HealthCheckGracePeriod: 300\n      TargetGroupARNs:\n        - <target-group-arn>',
  },
  uses: [groups],
  run(ctx) {
    for (const { group, resource } of eachGroup(ctx)) {
      if (!group.loadBalancers) continue;
      if (group.healthCheckType === 'ELB') ctx.pass(resource, `Auto Scaling group ${group.name} uses load balancer health checks.`);
      else ctx.fail(resource, `Auto Scaling group ${group.name} is attached to a load balancer but uses ${group.healthCheckType ?? 'EC2'} health checks only.`);
    }
  },
});
