import { defineCheck } from '../../../core/check.js';
import { listed } from '../../../lib/resource-policy.js';
import { recorders } from '../collectors.js';

/** The AWS Config service-linked role: /aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig. */
export const isConfigServiceLinkedRole = (arn: string | undefined): boolean =>
  !!arn && /^arn:[^:]+:iam::\d{12}:role\/aws-service-role\/config\.amazonaws\.com\/AWSServiceRoleForConfig$/.test(arn);

export default defineCheck({
  id: 'config_recorder_using_aws_service_role',
  title: 'AWS Config recorders use the AWS Config service-linked role',
  service: 'config',
  severity: 'medium',
  resourceType: 'Other',
  categories: ['identity-access'],
  description: 'Checks that every customer-managed AWS Config recorder records with the AWSServiceRoleForConfig service-linked role rather than a custom IAM role.',
  risk: 'A custom recorder role can be edited, over-permissioned or broken by anyone with IAM rights; the service-linked role has exactly the permissions Config needs and cannot be changed.',
  remediation: {
    text: 'Create the AWS Config service-linked role if needed and point the recorder at it.',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles.html',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=arn:aws:iam::<account-id>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
    terraform:
      'resource "aws_iam_service_linked_role" "config" {\n  aws_service_name = "config.amazonaws.com"\n}\n\nresource "aws_config_configuration_recorder" "this" {\n  name     = "default"\n  role_arn = aws_iam_service_linked_role.config.arn\n}',
    nativeIaC:
      'Resources:\n  ConfigServiceLinkedRole:\n    Type: AWS::IAM::ServiceLinkedRole\n    Properties:\n      AWSServiceName: config.amazonaws.com\n  ConfigRecorder:\n    Type: AWS::Config::ConfigurationRecorder\n    Properties:\n      RoleARN: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig\n      RecordingGroup:\n        AllSupported: true',
  },
  uses: [recorders],
  run(ctx) {
    for (const { region, result } of ctx.regional(recorders)) {
      for (const r of listed(ctx, region, result, 'AWS Config recorders')) {
        if (r.servicePrincipal) continue; // service-linked recorders are run by their service
        const resource = { arn: r.arn, id: r.name, name: r.name, region };
        if (isConfigServiceLinkedRole(r.roleArn)) ctx.pass(resource, `Config recorder ${r.name} uses the AWS Config service-linked role.`);
        else ctx.fail(resource, `Config recorder ${r.name} uses ${r.roleArn ? `the custom role ${r.roleArn.split('/').pop()}` : 'no role'} instead of the AWS Config service-linked role.`);
      }
    }
  },
});
