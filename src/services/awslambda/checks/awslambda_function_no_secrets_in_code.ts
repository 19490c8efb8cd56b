import { defineCheck } from '../../../core/check.js';
import { codeSecrets, functions } from '../collectors.js';
import { describeHits, withoutIgnored } from '../../../lib/secrets/index.js';
import { listedWith } from '../../../lib/resource-policy.js';
import { describeCallError } from '../../../aws/errors.js';

export default defineCheck({
  id: 'awslambda_function_no_secrets_in_code',
  title: 'Lambda function code holds no secrets',
  service: 'awslambda',
  severity: 'critical',
  resourceType: 'AwsLambdaFunction',
  categories: ['secrets'],
  description:
    'Downloads the deployment package of every zip-packaged Lambda function (through the presigned location GetFunction returns, size-capped at lambda_max_archive_mb, 100 MiB by default), unzips it in memory and scans every text file for credentials: provider keys and tokens, private keys, credentials in URLs and connection strings, passwords assigned to secret-looking names, and long random strings. Findings name the file, line and kind of secret, never the value. secrets_ignore_patterns (regular expressions) drops hits whose file, variable or kind matches. Container-image functions are not downloaded and get a MANUAL finding.',
  risk:
    'Anyone who can call lambda:GetFunction can download the code and every credential in it; code is also copied to source control, build systems and artifacts, and credentials in it are rarely rotated.',
  remediation: {
    text: 'Remove the secret from the code, store it in AWS Secrets Manager or SSM Parameter Store and read it at run time with the function role; rotate the exposed credential, and remove it from source control history.',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
    terraform:
      'resource "aws_lambda_function" "this" {\n  function_name = "<name>"\n  role          = "<role-allowed-to-read-the-secret>"\n  s3_bucket     = "<bucket>"\n  s3_key        = "<code-without-secrets.zip>"\n  environment {\n    variables = {\n      SECRET_ARN = "<secret-arn>"\n    }\n  }\n}',
    nativeIaC:
      'Resources:\n  Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: <role-allowed-to-read-the-secret>\n      Code:\n        S3Bucket: <bucket>\n        S3Key: <code-without-secrets.zip>\n      Environment:\n        Variables:\n          SECRET_ARN: <secret-arn>',
  },
  uses: [functions, codeSecrets],
  params: { secrets_ignore_patterns: [] as string[], lambda_max_archive_mb: 100 },
  run(ctx) {
    for (const { region, item: fn, entry } of listedWith(ctx, functions, codeSecrets, 'Lambda functions')) {
      const resource = { arn: fn.arn, id: fn.name, name: fn.name, region };
      if (!entry.ok) {
        ctx.error(resource, entry.error, `Could not read the code of Lambda function ${fn.name}: ${describeCallError(entry.error)}.`);
        continue;
      }
      const scan = entry.data;
      if (!scan.scanned) {
        ctx.manual(resource, `The code of Lambda function ${fn.name} was not scanned: ${scan.reason}.`);
        continue;
      }
      const hits = withoutIgnored(scan.hits, ctx.params.secrets_ignore_patterns);
      const skipped = scan.skipped.length ? ` (${scan.skipped.length} binary or oversized file${scan.skipped.length > 1 ? 's' : ''} not scanned)` : '';
      if (hits.length) ctx.fail(resource, `Lambda function ${fn.name} has ${hits.length} potential secret${hits.length > 1 ? 's' : ''} in its code: ${describeHits(hits)}.`);
      else ctx.pass(resource, `No secrets found in the ${scan.filesScanned} files of the code of Lambda function ${fn.name}${skipped}.`);
    }
  },
});
