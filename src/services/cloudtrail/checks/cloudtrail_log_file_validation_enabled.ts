import { defineCheck } from '../../../core/check.js';
import { trailList } from '../collectors.js';
import { trailResource, homedTrails } from '../trail-helpers.js';

export default defineCheck({
  id: 'cloudtrail_log_file_validation_enabled',
  title: 'CloudTrail trails have log file integrity validation enabled',
  service: 'cloudtrail',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['logging', 'forensics-ready'],
  description:
    'For every trail, checks whether CloudTrail writes signed digest files so that delivered log files can later be proven unmodified.',
  risk:
    'Without digest files nobody can tell whether log files were edited or deleted after delivery, so an intruder who reaches the log bucket can cover their tracks and the logs lose their value as evidence.',
  remediation: {
    text: 'Turn on log file validation for the trail; validate later with "aws cloudtrail validate-logs".',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  enable_log_file_validation = true\n}',
    nativeIaC:
      'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: <trail-bucket-name>\n      EnableLogFileValidation: true',
  },
  uses: [trailList],
  run(ctx) {
    for (const t of homedTrails(ctx, trailList)) {
      if (t.logFileValidationEnabled) ctx.pass(trailResource(t), `Trail ${t.name} has log file validation enabled.`);
      else ctx.fail(trailResource(t), `Trail ${t.name} does not have log file validation enabled.`);
    }
  },
});
