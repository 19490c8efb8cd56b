import { defineCheck } from '../../../core/check.js';
import { apiStages, apis } from '../collectors.js';
import { entryFor } from '../../../lib/resource-policy.js';

export default defineCheck({
  id: 'apigatewayv2_api_access_logging_enabled',
  title: 'API Gateway HTTP and WebSocket API stages have access logging enabled',
  service: 'apigatewayv2',
  severity: 'medium',
  resourceType: 'AwsApiGatewayV2Stage',
  categories: ['logging'],
  description: 'Reports, for every stage of every HTTP and WebSocket API, whether access logs are sent to a CloudWatch Logs destination.',
  risk: 'Without access logs there is no record of who called the API, from where and with what result, so abuse, credential misuse and attacks cannot be detected or reconstructed.',
  remediation: {
    text: 'Configure access logging on each stage with a CloudWatch Logs log group as destination and a log format that records caller, request and status.',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html',
    cli: "aws apigatewayv2 update-stage --api-id <api-id> --stage-name <stage> --access-log-settings DestinationArn=<log-group-arn>,Format='$context.requestId $context.identity.sourceIp $context.routeKey $context.status'",
    terraform:
      'resource "aws_apigatewayv2_stage" "example" {\n  # ...\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = "$context.requestId $context.identity.sourceIp $context.routeKey $context.status"\n  }\n}',
    nativeIaC:
      'Resources:\n  AccessLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 365\n  Stage:\n    Type: AWS::ApiGatewayV2::Stage\n    Properties:\n      ApiId: <api-id>\n      StageName: $default\n      AutoDeploy: true\n      AccessLogSettings:\n        DestinationArn: !GetAtt AccessLogs.Arn\n        Format: \'{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","routeKey":"$context.routeKey","status":"$context.status"}\'',
  },
  uses: [apis, apiStages],
  run(ctx) {
    const stagesByRegion = new Map(ctx.regional(apiStages).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(apis)) {
      if (!result.ok) {
        ctx.error(ctx.accountResource(region), result.error);
        continue;
      }
      const all = stagesByRegion.get(region)!;
      for (const api of result.data) {
        const apiArn = `arn:${ctx.account.partition}:apigateway:${region}::/apis/${api.id}`;
        const label = `API Gateway ${api.protocolType === 'WEBSOCKET' ? 'WebSocket' : 'HTTP'} API ${api.name} (${api.id})`;
        const stages = entryFor(all, api.id, apiStages.operation);
        if (!stages.ok) {
          const { error } = stages;
          ctx.error({ arn: apiArn, id: api.id, name: api.name, region, tags: api.tags }, error, `Could not evaluate ${label}: its stages could not be read (${error.operation}, ${error.code}).`);
          continue;
        }
        for (const s of stages.data) {
          const resource = { arn: `${apiArn}/stages/${s.name}`, id: `${api.id}/${s.name}`, name: `${api.name} ${s.name}`, region, tags: s.tags };
          if (s.accessLogDestination) ctx.pass(resource, `${label} stage ${s.name} sends access logs to ${s.accessLogDestination}.`);
          else ctx.fail(resource, `${label} stage ${s.name} has no access logging.`);
        }
      }
    }
  },
});
