import { defineCheck } from '../../../core/check.js';
import { environmentSettings, environments } from '../collectors.js';
import { optionIs, optionRemediation, runEnvironmentCheck } from '../environment-checks.js';

const SYSTEM_TYPE = 'aws:elasticbeanstalk:healthreporting:system:SystemType';

export default defineCheck({
  id: 'elasticbeanstalk_environment_enhanced_health_reporting',
  title: 'Elastic Beanstalk environments use enhanced health reporting',
  service: 'elasticbeanstalk',
  severity: 'low',
  resourceType: 'AwsElasticBeanstalkEnvironment',
  categories: ['logging'],
  description:
    'Reads the aws:elasticbeanstalk:healthreporting:system SystemType option of every Elastic Beanstalk environment and fails those on basic health reporting.',
  risk:
    'Basic reporting only sees load balancer and Auto Scaling health checks. Failing requests, latency and instance-level problems go unnoticed, and managed platform updates (which require enhanced health) cannot be used.',
  remediation: {
    text: 'Switch the environment to enhanced health reporting; the instance profile needs the AWSElasticBeanstalkEnhancedHealth permissions.',
    url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/health-enhanced-enable.html',
    ...optionRemediation([['aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'enhanced']]),
  },
  uses: [environments, environmentSettings],
  run(ctx) {
    runEnvironmentCheck(ctx, (s, label) =>
      optionIs(s, SYSTEM_TYPE, 'enhanced')
        ? [true, `${label} uses enhanced health reporting.`]
        : [false, `${label} uses ${s[SYSTEM_TYPE] ?? 'basic'} health reporting, not enhanced.`],
    );
  },
});
