import { defineCheck } from '../../../core/check.js';
import { clusters, services } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'ecs_service_fargate_latest_platform_version',
  title: 'ECS services on Fargate run the latest platform version',
  service: 'ecs',
  severity: 'medium',
  resourceType: 'AwsEcsService',
  categories: ['vulnerabilities'],
  description:
    'For every ECS service that runs on Fargate (launch type or a FARGATE capacity provider), reports whether its platform version is LATEST or the newest version for its operating system family (fargate_linux_latest_version, fargate_windows_latest_version; dated, override them as AWS publishes new versions).',
  risk:
    'An old Fargate platform version misses kernel, runtime and agent security fixes and features (such as ephemeral storage encryption and task metadata protections) that newer versions bring.',
  remediation: {
    text: 'Set the service\'s platform version to LATEST (or the newest version) and force a new deployment.',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html',
    cli: 'aws ecs update-service --cluster <cluster> --service <service> --platform-version LATEST --force-new-deployment',
    terraform:
      'resource "aws_ecs_service" "this" {\n  name             = "<service-name>"\n  cluster          = "<cluster-arn>"\n  task_definition  = "<task-definition-arn>"\n  launch_type      = "FARGATE"\n  platform_version = "LATEST"\n}',
    nativeIaC:
      'Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: <cluster-name>\n      TaskDefinition: <task-definition-arn>\n      LaunchType: FARGATE\n      PlatformVersion: LATEST',
  },
  uses: [clusters, services],
  params: { fargate_linux_latest_version: '1.4.0', fargate_windows_latest_version: '1.0.0' },
  run(ctx) {
    for (const { region, result } of ctx.regional(services)) {
      for (const s of listed(ctx, region, result, 'ECS services')) {
        const fargate = s.launchType === 'FARGATE' || s.capacityProviders.some((c) => c.startsWith('FARGATE'));
        if (!fargate) continue;
        const resource = { arn: s.arn, id: s.name, name: s.name, region };
        const windows = /windows/i.test(s.platformFamily ?? '');
        const latest = windows ? ctx.params.fargate_windows_latest_version : ctx.params.fargate_linux_latest_version;
        const version = s.platformVersion ?? 'LATEST';
        if (version === 'LATEST' || version === latest) ctx.pass(resource, `ECS service ${s.name} runs Fargate platform version ${version}.`);
        else ctx.fail(resource, `ECS service ${s.name} runs Fargate platform version ${version}, not the latest ${windows ? 'Windows' : 'Linux'} version ${latest}.`);
      }
    }
  },
});
