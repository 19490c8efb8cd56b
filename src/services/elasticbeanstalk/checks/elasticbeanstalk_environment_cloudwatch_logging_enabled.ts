import { defineCheck } from '../../../core/check.js';
import { environmentSettings, environments } from '../collectors.js';
import { optionIs, optionRemediation, runEnvironmentCheck } from '../environment-checks.js';

const STREAM = 'aws:elasticbeanstalk:cloudwatch:logs:StreamLogs';
const RETENTION = 'aws:elasticbeanstalk:cloudwatch:logs:RetentionInDays';

export default defineCheck({
  id: 'elasticbeanstalk_environment_cloudwatch_logging_enabled',
  title: 'Elastic Beanstalk environments stream their instance logs to CloudWatch Logs',
  service: 'elasticbeanstalk',
  severity: 'high',
  resourceType: 'AwsElasticBeanstalkEnvironment',
  categories: ['logging'],
  description:
    'Reads the aws:elasticbeanstalk:cloudwatch:logs StreamLogs option of every Elastic Beanstalk environment (DescribeConfigurationSettings). Without it, application, web server and platform logs stay on the instances.',
  risk:
    'Logs kept only on instances vanish when Auto Scaling replaces or terminates them, and an intruder on an instance can edit them: incidents can then be neither investigated nor alarmed on.',
  remediation: {
    text: 'Turn on instance log streaming to CloudWatch Logs in the environment configuration (Updates, monitoring and logging), with a retention period that fits your policy.',
    url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/AWSHowTo.cloudwatchlogs.html',
    ...optionRemediation([['aws:elasticbeanstalk:cloudwatch:logs', 'StreamLogs', 'true'], ['aws:elasticbeanstalk:cloudwatch:logs', 'RetentionInDays', '365']]),
  },
  uses: [environments, environmentSettings],
  run(ctx) {
    runEnvironmentCheck(ctx, (s, label) =>
      optionIs(s, STREAM, 'true')
        ? [true, `${label} streams its instance logs to CloudWatch Logs${s[RETENTION] ? ` (kept ${s[RETENTION]} days)` : ''}.`]
        : [false, `${label} does not stream its instance logs to CloudWatch Logs.`],
    );
  },
});
