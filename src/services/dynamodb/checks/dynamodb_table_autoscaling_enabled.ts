import { defineCheck } from '../../../core/check.js';
import { describeCallError } from '../../../aws/errors.js';
import { tables } from '../collectors.js';
import { eachTable } from '../tables.js';
import { scalingOf, type Scaling } from '../../applicationautoscaling/collectors.js';

const dynamodbScaling = scalingOf('dynamodb');
const DIMENSIONS = [
  ['read', 'ReadCapacityUnits'],
  ['write', 'WriteCapacityUnits'],
] as const;

/** Why a dimension of a table does not scale, or undefined when it does. */
function gap(s: Scaling, resourceId: string, dimension: string): string | undefined {
  const target = s.targets.find((t) => t.resourceId === resourceId && t.dimension === dimension);
  if (!target) return 'has no scalable target';
  if (!s.policies.some((p) => p.resourceId === resourceId && p.dimension === dimension)) return 'has a scalable target but no scaling policy';
  if (target.suspended.scaleOut) return 'has scale-out suspended';
  return undefined;
}

export default defineCheck({
  id: 'dynamodb_table_autoscaling_enabled',
  title: 'DynamoDB tables with provisioned capacity scale automatically',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  categories: ['resilience'],
  description:
    'On-demand tables pass (their capacity follows the traffic). A provisioned table passes when the read and the write capacity of the table and of each global secondary index are registered with Application Auto Scaling, have a scaling policy and do not have scale-out suspended; a target without a policy never changes the capacity, and a throttled index throttles writes to its table.',
  risk: 'Fixed provisioned capacity throttles requests when traffic grows beyond it, so the application fails under load, and is paid for in full when traffic is low.',
  remediation: {
    text: 'Register the table\'s read and write capacity as scalable targets with a target-tracking policy, or switch the table to on-demand capacity.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html',
    cli: 'aws application-autoscaling register-scalable-target --service-namespace dynamodb --resource-id table/<table> --scalable-dimension dynamodb:table:ReadCapacityUnits --min-capacity 5 --max-capacity 100 && aws application-autoscaling put-scaling-policy --service-namespace dynamodb --resource-id table/<table> --scalable-dimension dynamodb:table:ReadCapacityUnits --policy-name read-70 --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration \'{"TargetValue":70,"PredefinedMetricSpecification":{"PredefinedMetricType":"DynamoDBReadCapacityUtilization"}}\'',
    nativeIaC:
      'Resources:\n  ReadTarget:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties:\n      ServiceNamespace: dynamodb\n      ResourceId: table/<table>\n      ScalableDimension: dynamodb:table:ReadCapacityUnits\n      MinCapacity: 5\n      MaxCapacity: 100\n      RoleARN: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable\n  ReadPolicy:\n    Type: AWS::ApplicationAutoScaling::ScalingPolicy\n    Properties:\n      PolicyName: read-70\n      PolicyType: TargetTrackingScaling\n      ScalingTargetId: !Ref ReadTarget\n      TargetTrackingScalingPolicyConfiguration:\n        TargetValue: 70\n        PredefinedMetricSpecification:\n          PredefinedMetricType: DynamoDBReadCapacityUtilization\n  # repeat for dynamodb:table:WriteCapacityUnits (DynamoDBWriteCapacityUtilization)',
    terraform:
      'resource "aws_appautoscaling_target" "read" {\n  service_namespace  = "dynamodb"\n  resource_id        = "table/${aws_dynamodb_table.orders.name}"\n  scalable_dimension = "dynamodb:table:ReadCapacityUnits"\n  min_capacity       = 5\n  max_capacity       = 100\n}\n\nresource "aws_appautoscaling_policy" "read" {\n  name               = "read-70"\n  policy_type        = "TargetTrackingScaling"\n  service_namespace  = aws_appautoscaling_target.read.service_namespace\n  resource_id        = aws_appautoscaling_target.read.resource_id\n  scalable_dimension = aws_appautoscaling_target.read.scalable_dimension\n  target_tracking_scaling_policy_configuration {\n    target_value = 70\n    predefined_metric_specification {\n      predefined_metric_type = "DynamoDBReadCapacityUtilization"\n    }\n  }\n}\n# and the same for WriteCapacityUnits',
  },
  uses: [tables, dynamodbScaling],
  run(ctx) {
    const scaling = new Map(ctx.regional(dynamodbScaling).map(({ region, result }) => [region, result]));
    eachTable(ctx, (t, resource, region) => {
      if (t.billingMode === 'PAY_PER_REQUEST') {
        ctx.pass(resource, `DynamoDB table ${t.name} uses on-demand capacity, which scales with traffic.`);
        return;
      }
      const s = scaling.get(region);
      if (!s?.ok) {
        const error = s?.ok === false ? s.error : { kind: 'Failed' as const, code: 'NotCollected', operation: dynamodbScaling.operation, message: 'not collected' };
        ctx.error(resource, error, `Could not tell whether DynamoDB table ${t.name} scales automatically: ${describeCallError(error)}.`);
        return;
      }
      const parts = [
        { what: '', resourceId: `table/${t.name}`, kind: 'table' },
        ...(t.globalIndexes ?? []).map((i) => ({ what: `index ${i} `, resourceId: `table/${t.name}/index/${i}`, kind: 'index' })),
      ];
      const gaps = parts.flatMap((p) =>
        DIMENSIONS.flatMap(([name, dim]) => {
          const why = gap(s.data, p.resourceId, `dynamodb:${p.kind}:${dim}`);
          return why ? [`${p.what}${name} capacity ${why}`] : [];
        }),
      );
      if (gaps.length) ctx.fail(resource, `DynamoDB table ${t.name} has provisioned capacity that does not scale automatically: ${gaps.join('; ')}.`);
      else ctx.pass(resource, `DynamoDB table ${t.name} scales its provisioned read and write capacity automatically${t.globalIndexes?.length ? `, as do its ${t.globalIndexes.length} global secondary index(es)` : ''}.`);
    });
  },
});
