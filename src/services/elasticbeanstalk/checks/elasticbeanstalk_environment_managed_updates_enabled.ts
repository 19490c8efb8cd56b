import { defineCheck } from '../../../core/check.js';
import { environmentSettings, environments } from '../collectors.js';
import { optionIs, runEnvironmentCheck } from '../environment-checks.js';

const ENABLED = 'aws:elasticbeanstalk:managedactions:ManagedActionsEnabled';
const LEVEL = 'aws:elasticbeanstalk:managedactions:platformupdate:UpdateLevel';

export default defineCheck({
  id: 'elasticbeanstalk_environment_managed_updates_enabled',
  title: 'Elastic Beanstalk environments apply managed platform updates',
  service: 'elasticbeanstalk',
  severity: 'high',
  resourceType: 'AwsElasticBeanstalkEnvironment',
  categories: ['vulnerabilities'],
  description:
    'Reads the aws:elasticbeanstalk:managedactions ManagedActionsEnabled option of every Elastic Beanstalk environment: with managed actions on, Elastic Beanstalk installs platform patch (and optionally minor) versions in a weekly maintenance window.',
  risk:
    'Without managed updates the operating system, language runtime and web server of the platform stay at the version the environment was built with, accumulating known vulnerabilities until someone updates it by hand.',
  remediation: {
    text: 'Enable managed platform updates with an update level of patch or minor and a preferred maintenance window (enhanced health reporting must be on).',
    url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html',
    cli: 'aws elasticbeanstalk update-environment --environment-name <env-name> --option-settings Namespace=aws:elasticbeanstalk:managedactions,OptionName=ManagedActionsEnabled,Value=true Namespace=aws:elasticbeanstalk:managedactions:platformupdate,OptionName=UpdateLevel,Value=minor Namespace=aws:elasticbeanstalk:managedactions,OptionName=PreferredStartTime,Value="Sun:02:00"',
    nativeIaC: [
      'Environment:',
      '  Type: AWS::ElasticBeanstalk::Environment',
      '  Properties:',
      '    ApplicationName: !Ref Application',
      '    OptionSettings:',
      '      - Namespace: aws:elasticbeanstalk:managedactions',
      '        OptionName: ManagedActionsEnabled',
      '        Value: "true"',
      '      - Namespace: aws:elasticbeanstalk:managedactions',
      '        OptionName: PreferredStartTime',
      '        Value: "Sun:02:00"',
      '      - Namespace: aws:elasticbeanstalk:managedactions:platformupdate',
      '        OptionName: UpdateLevel',
      '        Value: minor',
    ].join('\n'),
    terraform:
      'resource "aws_elastic_beanstalk_environment" "app" {\n  # ...\n  setting {\n    namespace = "aws:elasticbeanstalk:managedactions"\n    name      = "ManagedActionsEnabled"\n    value     = "true"\n  }\n  setting {\n    namespace = "aws:elasticbeanstalk:managedactions:platformupdate"\n    name      = "UpdateLevel"\n    value     = "minor"\n  }\n}',
  },
  uses: [environments, environmentSettings],
  run(ctx) {
    runEnvironmentCheck(ctx, (s, label) =>
      optionIs(s, ENABLED, 'true')
        ? [true, `${label} applies managed platform updates${s[LEVEL] ? ` (${s[LEVEL]} level)` : ''}.`]
        : [false, `${label} does not apply managed platform updates.`],
    );
  },
});
