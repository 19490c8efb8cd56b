import { defineCheck } from '../../../core/check.js';
import { environmentSettings, environments } from '../collectors.js';
import { optionIs, optionRemediation, runEnvironmentCheck } from '../environment-checks.js';

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
    ...optionRemediation([
      ['aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled', 'true'],
      ['aws:elasticbeanstalk:managedactions', 'PreferredStartTime', 'Sun:02:00'],
      ['aws:elasticbeanstalk:managedactions:platformupdate', 'UpdateLevel', 'minor'],
    ]),
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
