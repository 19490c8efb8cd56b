import { defineCheck } from '../../../core/check.js';
import { recorders, type ConfigRecorder } from '../collectors.js';

const resourceOf = (r: ConfigRecorder, region: string) => ({ arn: r.arn, id: r.name, name: r.name, region });

/** Why the recorder does not record every supported resource type, or undefined when it does. */
function partialScope(r: ConfigRecorder): string | undefined {
  if (r.allSupported || r.recordingStrategy === 'ALL_SUPPORTED_RESOURCE_TYPES') return undefined;
  if (r.recordingStrategy === 'EXCLUSION_BY_RESOURCE_TYPES' || r.excludedResourceTypes.length) {
    const n = r.excludedResourceTypes.length;
    return `records all resource types except ${n} (${r.excludedResourceTypes.slice(0, 3).join(', ')}${n > 3 ? ', ...' : ''})`;
  }
  return `records only ${r.includedResourceTypeCount} selected resource type${r.includedResourceTypeCount === 1 ? '' : 's'}`;
}

export default defineCheck({
  id: 'config_recorder_all_regions_enabled',
  title: 'AWS Config records all resource types in every region',
  service: 'config',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['logging', 'forensics-ready'],
  description:
    'For each scanned region, checks that a customer managed AWS Config configuration recorder exists, is recording, records every supported resource type and did not fail its last recording attempt. Service-linked recorders, which record only what their service needs, do not count.',
  risk:
    'Where Config does not record, there is no history of how resources were configured or who changed them, Config rules cannot evaluate compliance, and resources created in a forgotten region stay invisible to inventory and investigations.',
  remediation: {
    text: 'In every region, create a configuration recorder that records all supported resource types (global resource types in one region are enough), give it a delivery channel, and start it. Fix the role or bucket permissions if the last status is a failure.',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice start-configuration-recorder --configuration-recorder-name default',
    terraform:
      'resource "aws_config_configuration_recorder" "this" {\n  name     = "default"\n  role_arn = "arn:aws:iam::<account-id>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"\n  recording_group {\n    all_supported                 = true\n    include_global_resource_types = true\n  }\n}\n\nresource "aws_config_delivery_channel" "this" {\n  name           = "default"\n  s3_bucket_name = "<config-bucket-name>"\n  depends_on     = [aws_config_configuration_recorder.this]\n}\n\nresource "aws_config_configuration_recorder_status" "this" {\n  name       = aws_config_configuration_recorder.this.name\n  is_enabled = true\n  depends_on = [aws_config_delivery_channel.this]\n}',
    nativeIaC:
      'Resources:\n  ConfigRecorder:\n    Type: AWS::Config::ConfigurationRecorder\n    Properties:\n      Name: default\n      RoleARN: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig\n      RecordingGroup:\n        AllSupported: true\n        IncludeGlobalResourceTypes: true\n  DeliveryChannel:\n    Type: AWS::Config::DeliveryChannel\n    Properties:\n      S3BucketName: <config-bucket-name>',
  },
  uses: [recorders],
  run(ctx) {
    for (const { region, result } of ctx.regional(recorders)) {
      if (!result.ok) {
        ctx.error(ctx.accountResource(region), result.error);
        continue;
      }
      const own = result.data.filter((r) => !r.servicePrincipal);
      if (own.length === 0) {
        const linked = result.data.map((r) => r.servicePrincipal);
        const note = linked.length ? ` (only service-linked recorders for ${linked.join(', ')})` : '';
        ctx.fail(ctx.accountResource(region), `AWS Config has no configuration recorder in ${region}${note}.`);
        continue;
      }
      for (const r of own) {
        const res = resourceOf(r, region);
        if (!r.status.ok) {
          ctx.error(res, r.status.error);
          continue;
        }
        const s = r.status.data;
        const partial = partialScope(r);
        if (!s?.recording) ctx.fail(res, `Configuration recorder ${r.name} in ${region} exists but is not recording.`);
        else if (s.lastStatus?.toLowerCase() === 'failure')
          ctx.fail(res, `Configuration recorder ${r.name} in ${region} is on, but its last recording attempt failed${s.lastErrorCode ? ` (${s.lastErrorCode})` : ''}.`);
        else if (partial) ctx.fail(res, `Configuration recorder ${r.name} in ${region} ${partial}, not all supported resource types.`);
        else
          ctx.pass(
            res,
            `Configuration recorder ${r.name} in ${region} is recording all supported resource types${r.includeGlobalResourceTypes ? ', including global ones' : ''}.`,
          );
      }
    }
  },
});
