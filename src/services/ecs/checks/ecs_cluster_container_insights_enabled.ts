import { defineCheck } from '../../../core/check.js';
import { clusters } from '../collectors.js';
import { listed } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'ecs_cluster_container_insights_enabled',
  title: 'ECS clusters have Container Insights enabled',
  service: 'ecs',
  severity: 'medium',
  resourceType: 'AwsEcsCluster',
  categories: ['logging'],
  description: 'Reports whether each ECS cluster has the containerInsights setting enabled (standard or enhanced observability).',
  risk:
    'Without Container Insights there are no per-task and per-service CPU, memory, network and restart metrics: resource exhaustion, crash loops and abnormal activity such as crypto-mining go unnoticed.',
  remediation: {
    text: 'Turn on Container Insights for the cluster (enhanced observability for per-container detail), and set the account default so new clusters have it.',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html',
    cli: 'aws ecs update-cluster-settings --cluster <cluster-name> --settings name=containerInsights,value=enabled',
    terraform: 'resource "aws_ecs_cluster" "c" {\n  name = "c"\n  setting {\n    name  = "containerInsights"\n    value = "enabled"\n  }\n}',
    nativeIaC:
      'Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: enhanced',
  },
  uses: [clusters],
  run(ctx) {
    for (const { region, result } of ctx.regional(clusters)) {
      for (const c of listed(ctx, region, result, 'ECS clusters')) {
        const resource = { arn: c.arn, id: c.name, name: c.name, region };
        if (c.containerInsights === 'enabled' || c.containerInsights === 'enhanced') ctx.pass(resource, `ECS cluster ${c.name} has Container Insights ${c.containerInsights}.`);
        else ctx.fail(resource, `ECS cluster ${c.name} does not have Container Insights enabled.`);
      }
    }
  },
});
