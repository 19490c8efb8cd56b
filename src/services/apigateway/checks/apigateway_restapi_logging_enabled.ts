import { defineCheck } from '../../../core/check.js';
import { restApiStages, restApis } from '../collectors.js';
import { entryFor } from '../../../lib/resource-policy.js';

const LOGGING = new Set(['ERROR', 'INFO']);

export default defineCheck({
  id: 'apigateway_restapi_logging_enabled',
  title: 'API Gateway REST API stages have execution logging enabled',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AwsApiGatewayStage',
  categories: ['logging', 'forensics-ready'],
  description:
    'Reports, for every stage of every REST API, whether CloudWatch execution logging is turned on for all methods (the "*/*" method setting at ERROR or INFO level).',
  risk: 'Without execution logs, failed authorizations, integration errors and abusive request patterns against the API leave no trace to alert on or investigate.',
  remediation: {
    text: 'Set the stage\'s logging level to ERROR or INFO for all methods (the account must have a CloudWatch Logs role configured in API Gateway settings). Consider access logging as well.',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path='/*/*/logging/loglevel',value=ERROR",
    terraform:
      'resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.example.id\n  stage_name  = aws_api_gateway_stage.example.stage_name\n  method_path = "*/*"\n  settings {\n    logging_level = "ERROR"\n  }\n}',
    nativeIaC:
      'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: <rest-api-id>\n      DeploymentId: <deployment-id>\n      StageName: prod\n      MethodSettings:\n        - ResourcePath: /*\n          HttpMethod: \'*\'\n          LoggingLevel: ERROR\n          MetricsEnabled: true',
  },
  uses: [restApis, restApiStages],
  run(ctx) {
    const stagesByRegion = new Map(ctx.regional(restApiStages).map(({ region, result }) => [region, result]));
    for (const { region, result } of ctx.regional(restApis)) {
      if (!result.ok) {
        ctx.error(ctx.accountResource(region), result.error);
        continue;
      }
      const all = stagesByRegion.get(region)!;
      for (const api of result.data) {
        const apiArn = `arn:${ctx.account.partition}:apigateway:${region}::/restapis/${api.id}`;
        const label = `API Gateway REST API ${api.name} (${api.id})`;
        const stages = entryFor(all, api.id, restApiStages.operation);
        if (!stages.ok) {
          const { error } = stages;
          ctx.error({ arn: apiArn, id: api.id, name: api.name, region, tags: api.tags }, error, `Could not evaluate ${label}: its stages could not be read (${error.operation}, ${error.code}).`);
          continue;
        }
        for (const s of stages.data) {
          const resource = { arn: `${apiArn}/stages/${s.name}`, id: `${api.id}/${s.name}`, name: `${api.name} ${s.name}`, region, tags: s.tags };
          if (s.loggingLevel && LOGGING.has(s.loggingLevel)) ctx.pass(resource, `${label} stage ${s.name} logs executions at ${s.loggingLevel} level.`);
          else ctx.fail(resource, `${label} stage ${s.name} has execution logging turned off${s.accessLogDestination ? ' (access logging alone is on)' : ''}.`);
        }
      }
    }
  },
});
