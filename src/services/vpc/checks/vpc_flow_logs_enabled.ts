import { defineCheck } from '../../../core/check.js';
import { flowLogs, vpcs } from '../collectors.js';

export default defineCheck({
  id: 'vpc_flow_logs_enabled',
  title: 'Every VPC has flow logging enabled',
  service: 'vpc',
  severity: 'medium',
  resourceType: 'AwsEc2Vpc',
  categories: ['logging', 'forensics-ready'],
  description:
    'Checks that each VPC, default VPCs included, has at least one flow log attached to the VPC itself whose delivery is not failing. Flow logs on individual subnets or network interfaces do not count.',
  risk:
    'Without flow logs there is no record of which addresses talked to which hosts, so scanning, lateral movement and data exfiltration go unnoticed and cannot be reconstructed after an incident.',
  remediation: {
    text: 'Create a flow log for the VPC (at least rejected traffic, preferably all traffic) delivered to CloudWatch Logs, S3 or Firehose, and fix the delivery role or bucket policy of flow logs whose delivery fails.',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>',
    terraform:
      'resource "aws_cloudwatch_log_group" "flow_logs" {\n  name              = "/vpc/<vpc-id>/flow-logs"\n  retention_in_days = 365\n}\n\nresource "aws_flow_log" "this" {\n  vpc_id          = "<vpc-id>"\n  traffic_type    = "ALL"\n  log_destination = aws_cloudwatch_log_group.flow_logs.arn\n  iam_role_arn    = "<flow-logs-role-arn>"\n}',
    nativeIaC:
      'Resources:\n  FlowLogGroup:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 365\n  FlowLog:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceId: <vpc-id>\n      ResourceType: VPC\n      TrafficType: ALL\n      LogDestinationType: cloud-watch-logs\n      LogGroupName: !Ref FlowLogGroup\n      DeliverLogsPermissionArn: <flow-logs-role-arn>',
  },
  uses: [vpcs, flowLogs],
  run(ctx) {
    const logsByRegion = new Map(ctx.regional(flowLogs).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(vpcs)) {
      if (!result.ok) {
        ctx.error(ctx.accountResource(region), result.error);
        continue;
      }
      const logs = logsByRegion.get(region);
      for (const v of result.data) {
        const resource = { arn: v.arn, id: v.id, ...(v.name ? { name: v.name } : {}), region, tags: v.tags, details: { default: v.isDefault } };
        const label = `${v.isDefault ? 'Default VPC' : 'VPC'} ${v.id}${v.name ? ` (${v.name})` : ''}`;
        if (!logs?.ok) {
          if (logs) ctx.error(resource, logs.error);
          continue;
        }
        const mine = logs.data.filter((f) => f.resourceId === v.id);
        const working = mine.filter((f) => f.deliverLogsStatus !== 'FAILED');
        if (working.length) {
          ctx.pass(resource, `${label} has flow log${working.length > 1 ? 's' : ''} ${working.map((f) => `${f.id} (${f.trafficType ?? 'unknown'} traffic)`).join(', ')}.`);
        } else if (mine.length) {
          ctx.fail(resource, `${label} has flow log${mine.length > 1 ? 's' : ''} ${mine.map((f) => f.id).join(', ')}, but log delivery is failing.`);
        } else {
          ctx.fail(resource, `${label} has no flow log.`);
        }
      }
    }
  },
});
