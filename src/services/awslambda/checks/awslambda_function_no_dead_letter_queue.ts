import { defineCheck } from '../../../core/check.js';
import { functions } from '../collectors.js';
import { eachFunction } from '../helpers.js';

export default defineCheck({
  id: 'awslambda_function_no_dead_letter_queue',
  title: 'Lambda functions have a dead-letter queue for failed asynchronous invocations',
  service: 'awslambda',
  severity: 'medium',
  resourceType: 'AwsLambdaFunction',
  categories: ['resilience'],
  description:
    'Reports whether each Lambda function sends events whose asynchronous invocation failed after all retries to a dead-letter queue (an SQS queue or SNS topic).',
  risk:
    'Without a dead-letter queue an event that keeps failing (a bug, a throttled dependency) is dropped after the retries, silently losing the work it carried and the evidence needed to replay or investigate it.',
  remediation: {
    text: 'Configure an SQS queue or SNS topic as the function\'s dead-letter queue (or an on-failure destination) and alarm on messages arriving there. Functions only ever invoked synchronously can be muted.',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
    cli: 'aws lambda update-function-configuration --function-name <function-name> --dead-letter-config TargetArn=<sqs-queue-or-sns-topic-arn>',
    terraform: 'resource "aws_lambda_function" "fn" {\n  # ...\n  dead_letter_config {\n    target_arn = aws_sqs_queue.fn_dlq.arn\n  }\n}',
    nativeIaC:
      'Resources:\n  DeadLetters:\n    Type: AWS::SQS::Queue\n    Properties:\n      MessageRetentionPeriod: 1209600\n  Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: <function-role-arn>\n      Code:\n        ZipFile: <code>\n      DeadLetterConfig:\n        TargetArn: !GetAtt DeadLetters.Arn',
  },
  uses: [functions],
  run(ctx) {
    for (const { fn, resource } of eachFunction(ctx)) {
      if (fn.deadLetterTargetArn) ctx.pass(resource, `Lambda function ${fn.name} sends failed events to dead-letter queue ${fn.deadLetterTargetArn}.`);
      else ctx.fail(resource, `Lambda function ${fn.name} has no dead-letter queue.`);
    }
  },
});
